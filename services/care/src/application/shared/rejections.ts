import { CommandRejected } from '@setu/decider';
import { UnknownCaseError } from '@setu/service-kit';

export const caseUnknown = (): UnknownCaseError => new UnknownCaseError(['caseId']);

export const careRecordNotFound = (): CommandRejected =>
  new CommandRejected('CARE_RECORD_NOT_FOUND', 'not_found', 'Nothing is recorded in care for this case.');
