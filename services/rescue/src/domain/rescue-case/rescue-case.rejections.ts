import { CommandRejected } from '@setu/decider';

export const caseNotFound = (): CommandRejected => new CommandRejected('CASE_NOT_FOUND', 'not_found', 'No rescue case has this id.');

export const caseAlreadyOpened = (): CommandRejected =>
  new CommandRejected('CASE_ALREADY_OPENED', 'conflict', 'This case was already opened.');

export const heldUntilBeforeFrom = (): CommandRejected =>
  new CommandRejected('HELD_UNTIL_BEFORE_FROM', 'unprocessable', 'The child cannot leave a place before arriving there.', [
    { field: 'to', message: 'must not be before from' },
  ]);

export const ageOutsideRange = (fields: readonly string[]): CommandRejected =>
  new CommandRejected(
    'AGE_RANGE_INVALID',
    'unprocessable',
    'The assessed range must run from its lower to its upper bound and contain the assessed age.',
    fields.map((field) => ({ field, message: 'must satisfy rangeFrom ≤ years ≤ rangeTo' })),
  );

export const orderBeforeProduction = (firstProducedAt: string): CommandRejected =>
  new CommandRejected(
    'ORDER_BEFORE_PRODUCTION',
    'unprocessable',
    `A committee orders after the child is produced before it; the first production was at ${firstProducedAt}.`,
    [{ field: 'orderedAt', message: `must not be before the child was first produced before a CWC (${firstProducedAt})` }],
  );
