import { GetCareCaseHandler } from './queries/get-care-case.handler';
import { RecordCareFactHandler } from './record-care-fact/record-care-fact.handler';

export { GetCareCaseQuery, type Versioned } from './queries/get-care-case.query';
export { RecordCareFactCommand } from './record-care-fact/record-care-fact.command';
export type { RescueCases } from './rescue-cases.port';
export type { CommandRequest, FactOutcome } from './shared/command-request';

export const CARE_COMMAND_HANDLERS = [RecordCareFactHandler];
export const CARE_QUERY_HANDLERS = [GetCareCaseHandler];
