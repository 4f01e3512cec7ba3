import { CommandRejected } from '@setu/decider';

export const firNotFound = (): CommandRejected =>
  new CommandRejected('FIR_NOT_FOUND', 'not_found', 'No FIR is registered with this id.');

export const firAlreadyRegistered = (): CommandRejected =>
  new CommandRejected('FIR_ALREADY_REGISTERED', 'conflict', 'This FIR is already registered.');

export const accusedNotFound = (): CommandRejected =>
  new CommandRejected('ACCUSED_NOT_FOUND', 'not_found', 'The FIR names no accused with this id.');

export const summonsNotFound = (): CommandRejected =>
  new CommandRejected('SUMMONS_NOT_FOUND', 'not_found', 'The FIR has no summons with this id.');

export const appealNotFound = (): CommandRejected =>
  new CommandRejected('APPEAL_NOT_FOUND', 'not_found', 'The FIR has no appeal with this id.');

/** Fields naming an accused who is not on the FIR. */
export const accusedNotOnFir = (fields: readonly string[]): CommandRejected =>
  new CommandRejected(
    'ACCUSED_NOT_ON_FIR',
    'unprocessable',
    'An accused named in the request is not an accused of this FIR; name them on the FIR first.',
    fields.map((field) => ({ field, message: `${field} is not an accused of this FIR` })),
  );

export const childNotOnFir = (field: string): CommandRejected =>
  new CommandRejected('CHILD_NOT_ON_FIR', 'unprocessable', 'The child is not a victim of this FIR; add the child to the FIR first.', [
    { field, message: `${field} is not a victim of this FIR` },
  ]);

export const summonsOfAnotherChild = (field: string): CommandRejected =>
  new CommandRejected('SUMMONS_OF_ANOTHER_CHILD', 'unprocessable', 'The summons named was issued for another child or is not on this FIR.', [
    { field, message: `${field} is not a summons of this FIR for this child` },
  ]);

export const incoherentVerdict = (field: string, message: string): CommandRejected =>
  new CommandRejected('INCOHERENT_VERDICT', 'unprocessable', 'A verdict of the judgment contradicts itself.', [{ field, message }]);

/** A fact of the prosecution dated before the FIR it belongs to was registered. */
export const stepBeforeFirRegistration = (field: string, registeredAt: string): CommandRejected =>
  new CommandRejected('STEP_BEFORE_FIR_REGISTRATION', 'unprocessable', `${field} is before the FIR was registered (${registeredAt}).`, [
    { field, message: `${field} must not be before the FIR was registered (${registeredAt})` },
  ]);
