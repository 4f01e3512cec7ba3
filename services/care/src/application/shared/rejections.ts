import { CommandRejected } from '@setu/decider';

export const caseUnknown = (): CommandRejected =>
  new CommandRejected('CASE_UNKNOWN', 'unprocessable', 'No rescue case has this id: care is recorded only for a child the rescue service identified.', [
    { field: 'caseId', message: 'is not a case opened by the rescue service' },
  ]);

export const careRecordNotFound = (): CommandRejected =>
  new CommandRejected('CARE_RECORD_NOT_FOUND', 'not_found', 'Nothing is recorded in care for this case.');
