import { RescueRejection } from '../shared/rescue-rejection';

export const operationNotFound = (): RescueRejection =>
  new RescueRejection('OPERATION_NOT_FOUND', 'not_found', 'No rescue operation has this id.');

export const operationAlreadyOpened = (): RescueRejection =>
  new RescueRejection('OPERATION_ALREADY_OPENED', 'conflict', 'This rescue operation is already open.');

export const leadAgencyNotInTeam = (): RescueRejection =>
  new RescueRejection('LEAD_AGENCY_NOT_IN_TEAM', 'unprocessable', 'The lead agency must be one of the raid team.', [
    { field: 'leadAgency', message: 'must be the agency of one of the team' },
  ]);

export const afterOperationClosed = (field: string, closedAt: string): RescueRejection =>
  new RescueRejection('AFTER_OPERATION_CLOSED', 'unprocessable', `${field} is after the operation closed (${closedAt}).`, [
    { field, message: `must not be after the operation closed (${closedAt})` },
  ]);

export const closedBeforeRecordedFact = (lastSceneFactAt: string): RescueRejection =>
  new RescueRejection(
    'CLOSED_BEFORE_RECORDED_FACT',
    'unprocessable',
    `closedAt is before a fact already recorded at the scene (${lastSceneFactAt}).`,
    [{ field: 'closedAt', message: `must not be before ${lastSceneFactAt}, the latest fact recorded at the scene` }],
  );

export const operationAlreadyClosed = (closedAt: string): RescueRejection =>
  new RescueRejection('OPERATION_ALREADY_CLOSED', 'conflict', `This rescue operation was already closed at ${closedAt}.`);
