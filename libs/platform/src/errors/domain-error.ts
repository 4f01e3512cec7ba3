/** How a failure is presented to a client; each maps to an HTTP status unless its code says otherwise. */
export const ERROR_CATEGORY_STATUS = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unprocessable: 422,
  unavailable: 503,
} as const;
export type ErrorCategory = keyof typeof ERROR_CATEGORY_STATUS;

export interface FieldError {
  /** Path of the bad field in the request, e.g. `team[0].agency`. */
  readonly field: string;
  readonly message: string;
}

/**
 * A failure the domain or an adapter expects and a client can act on. `code` is stable and
 * becomes part of the API; `message` is shown to clients as the problem's `detail`, so it
 * must never carry personal data. `extensions` become extra members of the problem document.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly category: ErrorCategory,
    message: string,
    readonly options: {
      readonly errors?: readonly FieldError[];
      readonly extensions?: Readonly<Record<string, unknown>>;
    } = {},
  ) {
    super(message);
    this.name = new.target.name;
  }

  get errors(): readonly FieldError[] | undefined {
    return this.options.errors;
  }
}
