import { registerDecorator, type ValidationOptions } from 'class-validator';

/** How far ahead of the server's clock a reported time may be (devices in the field drift). */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;

/**
 * An ISO 8601 date-time that is not in the future beyond the clock skew. Late facts are fine:
 * a raid entered from paper a week later is still a raid.
 */
export function IsPastOrNow(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol): void => {
    registerDecorator({
      name: 'isPastOrNow',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `$property must not be in the future (more than ${CLOCK_SKEW_MS / 60000} minutes ahead)`, ...options },
      validator: {
        validate(value: unknown): boolean {
          if (typeof value !== 'string') return true; // the type is another decorator's business
          const time = Date.parse(value);
          return Number.isNaN(time) || time <= Date.now() + CLOCK_SKEW_MS;
        },
      },
    });
  };
}
