export class MigrationError extends Error {
  override readonly name = 'MigrationError';

  constructor(
    /** File name of the migration, or the directory when it cannot be read. */
    readonly file: string,
    readonly reason: string,
    options?: ErrorOptions,
  ) {
    super(`Migration ${file}: ${reason}`, options);
  }
}
