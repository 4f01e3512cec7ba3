import type { ValidationError } from 'class-validator';
import { DomainError, type FieldError } from '../errors/domain-error';

/** Malformed input named field by field (HTTP 400); nothing was done. */
export class RequestValidationError extends DomainError {
  constructor(errors: readonly FieldError[]) {
    super(
      'VALIDATION_FAILED',
      'validation',
      `The request has ${errors.length} invalid field${errors.length === 1 ? '' : 's'}.`,
      { errors },
    );
  }
}

/** class-validator's error tree as a flat list: `team[0].agency`, one entry per failed rule. */
export function flattenValidationErrors(errors: readonly ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = joinPath(parent, error.property);
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field: field === '' ? '(root)' : field,
      message,
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

function joinPath(parent: string, property: string | undefined): string {
  if (property === undefined || property === '') return parent;
  if (/^\d+$/.test(property)) return `${parent}[${property}]`;
  return parent === '' ? property : `${parent}.${property}`;
}
