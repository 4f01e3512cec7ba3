export class DatabaseUnreachableError extends Error {
  override readonly name = 'DatabaseUnreachableError';

  constructor(
    readonly host: string,
    readonly port: number,
    readonly reason: string,
    options?: ErrorOptions,
  ) {
    super(`Cannot reach PostgreSQL at ${host}:${port}: ${reason}`.replace(/\s+/g, ' '), options);
  }
}
