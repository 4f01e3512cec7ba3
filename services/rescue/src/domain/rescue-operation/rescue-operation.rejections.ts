import { CommandRejected } from '@setu/decider';

export const operationNotFound = (): CommandRejected =>
  new CommandRejected('OPERATION_NOT_FOUND', 'not_found', 'No rescue operation has this id.');

export const operationAlreadyOpened = (): CommandRejected =>
  new CommandRejected('OPERATION_ALREADY_OPENED', 'conflict', 'This rescue operation is already open.');

export const leadAgencyNotInTeam = (): CommandRejected =>
  new CommandRejected('LEAD_AGENCY_NOT_IN_TEAM', 'unprocessable', 'The lead agency must be one of the raid team.', [
    { field: 'leadAgency', message: 'must be the agency of one of the team' },
  ]);

export const afterOperationClosed = (field: string, closedAt: string): CommandRejected =>
  new CommandRejected('AFTER_OPERATION_CLOSED', 'unprocessable', `${field} is after the operation closed (${closedAt}).`, [
    { field, message: `must not be after the operation closed (${closedAt})` },
  ]);

export const closedBeforeRecordedFact = (lastSceneFactAt: string): CommandRejected =>
  new CommandRejected(
    'CLOSED_BEFORE_RECORDED_FACT',
    'unprocessable',
    `closedAt is before a fact already recorded at the scene (${lastSceneFactAt}).`,
    [{ field: 'closedAt', message: `must not be before ${lastSceneFactAt}, the latest fact recorded at the scene` }],
  );

export const operationAlreadyClosed = (closedAt: string): CommandRejected =>
  new CommandRejected('OPERATION_ALREADY_CLOSED', 'conflict', `This rescue operation was already closed at ${closedAt}.`);
