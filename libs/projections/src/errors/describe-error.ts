/** What may be stored and logged about an error: its class and code, never its message. */
export interface ErrorDescription {
  readonly errorClass: string;
  readonly code?: string;
}

const CLASS = /^[A-Za-z_$][\w$.]{0,63}$/;
const CODE = /^[A-Za-z0-9_.-]{1,64}$/;

/**
 * Error messages can quote the data that broke them (PostgreSQL's "Key (name)=(...) already
 * exists", a parser echoing its input), so only the class and a code-shaped code survive.
 */
export function describeError(error: unknown): ErrorDescription {
  if (typeof error !== 'object' || error === null) return { errorClass: typeof error };
  // The class first: pg's DatabaseError names itself 'error'. A plain Error may carry a telling name.
  const constructorName = error.constructor?.name;
  const candidates = [constructorName === 'Error' ? undefined : constructorName, (error as { name?: unknown }).name];
  const errorClass = candidates.find((c): c is string => typeof c === 'string' && CLASS.test(c)) ?? 'Error';
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && CODE.test(code) ? { errorClass, code } : { errorClass };
}

/** `DatabaseError (23505)`, `TypeError`. */
export function formatError(description: ErrorDescription): string {
  return description.code === undefined ? description.errorClass : `${description.errorClass} (${description.code})`;
}

/**
 * Whether a failed batch is worth retrying as it is: PostgreSQL's serialization failures,
 * deadlocks, lock and statement timeouts, lack of resources and server shutdowns say nothing about
 * the events. Anything else is the projection's failure.
 */
export function isTransient(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return false;
  return ['40', '08', '53', '57'].includes(code.slice(0, 2)) || code === '55P03';
}
