import type { FieldError } from './domain-error';

/** What of an error a client may see, beyond its status and title. */
export interface ProblemExposure {
  readonly detail?: string;
  readonly errors?: readonly FieldError[];
  readonly extensions?: Readonly<Record<string, unknown>>;
}

export interface ProblemMapping {
  readonly status: number;
  readonly title?: string;
  /** For errors that are not DomainErrors (matched by their `code` property): what to show. */
  readonly expose?: (error: Error & { readonly code: string }) => ProblemExposure;
}

const mappings = new Map<string, ProblemMapping>();

/**
 * Maps stable error codes to HTTP problems. Libraries register their codes once at import;
 * registering one code twice with another status is a programming error.
 */
export function registerProblemCodes(entries: Readonly<Record<string, number | ProblemMapping>>): void {
  for (const [code, entry] of Object.entries(entries)) {
    const mapping = typeof entry === 'number' ? { status: entry } : entry;
    const existing = mappings.get(code);
    if (existing !== undefined && existing.status !== mapping.status) {
      throw new Error(`problem code ${code} is already registered with status ${existing.status}`);
    }
    mappings.set(code, mapping);
  }
}

export function problemMappingFor(code: string): ProblemMapping | undefined {
  return mappings.get(code);
}
