import { RescueRejection } from '../shared/rescue-rejection';

export const caseNotFound = (): RescueRejection => new RescueRejection('CASE_NOT_FOUND', 'not_found', 'No rescue case has this id.');

export const caseAlreadyOpened = (): RescueRejection =>
  new RescueRejection('CASE_ALREADY_OPENED', 'conflict', 'This case was already opened.');

export const heldUntilBeforeFrom = (): RescueRejection =>
  new RescueRejection('HELD_UNTIL_BEFORE_FROM', 'unprocessable', 'The child cannot leave a place before arriving there.', [
    { field: 'to', message: 'must not be before from' },
  ]);

export const ageOutsideRange = (fields: readonly string[]): RescueRejection =>
  new RescueRejection(
    'AGE_RANGE_INVALID',
    'unprocessable',
    'The assessed range must run from its lower to its upper bound and contain the assessed age.',
    fields.map((field) => ({ field, message: 'must satisfy rangeFrom ≤ years ≤ rangeTo' })),
  );

export const orderBeforeProduction = (firstProducedAt: string): RescueRejection =>
  new RescueRejection(
    'ORDER_BEFORE_PRODUCTION',
    'unprocessable',
    `A committee orders after the child is produced before it; the first production was at ${firstProducedAt}.`,
    [{ field: 'orderedAt', message: `must not be before the child was first produced before a CWC (${firstProducedAt})` }],
  );
