import { CommandRejected } from '@setu/decider';

const unknown = (code: string, what: string, field: string): CommandRejected =>
  new CommandRejected(code, 'unprocessable', `This case has no ${what} with this id.`, [
    { field, message: `must name a ${what} recorded for this case` },
  ]);

export const transferOrderUnknown = (): CommandRejected => unknown('TRANSFER_ORDER_UNKNOWN', 'transfer order', 'orderId');
export const entitlementUnknown = (): CommandRejected => unknown('ENTITLEMENT_UNKNOWN', 'entitlement application', 'entitlementId');
export const threatUnknown = (): CommandRejected => unknown('THREAT_UNKNOWN', 'threat report', 'threatId');
export const suspicionUnknown = (): CommandRejected => unknown('RE_TRAFFICKING_SUSPICION_UNKNOWN', 're-trafficking suspicion', 'suspicionId');

export const caseAlreadyOpened = (): CommandRejected =>
  new CommandRejected('CASE_ALREADY_OPENED', 'conflict', 'This case already has a reintegration record.');

export const caseAlreadyClosed = (): CommandRejected =>
  new CommandRejected('CASE_ALREADY_CLOSED', 'conflict', 'This case is already closed; reopen it before closing it again.');

export const caseNotClosed = (): CommandRejected =>
  new CommandRejected('CASE_NOT_CLOSED', 'conflict', 'Only a closed case can be reopened.');

export const reTraffickingAlreadyConfirmed = (): CommandRejected =>
  new CommandRejected(
    'RE_TRAFFICKING_ALREADY_CONFIRMED',
    'conflict',
    'A person has confirmed this re-trafficking; it cannot be ruled out afterwards.',
    [{ field: 'suspicionId', message: 'names a confirmed suspicion' }],
  );
