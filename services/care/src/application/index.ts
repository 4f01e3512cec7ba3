import { GetCareCaseHandler } from './queries/get-care-case.handler';
import { RecordCareFactHandler } from './record-care-fact/record-care-fact.handler';

export { GetCareCaseQuery } from './queries/get-care-case.query';
export { RecordCareFactCommand } from './record-care-fact/record-care-fact.command';
export { CARE_SOURCE, type FactOutcome } from './shared/care-source';

export const CARE_COMMAND_HANDLERS = [RecordCareFactHandler];
export const CARE_QUERY_HANDLERS = [GetCareCaseHandler];
