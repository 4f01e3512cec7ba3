import { OpenCaseHandler } from './open-case/open-case.handler';
import { GetReintegrationCaseHandler, GetRepatriationBatchHandler } from './queries/queries.handlers';
import { RecordBatchFactHandler } from './record-batch-fact/record-batch-fact.handler';
import { RecordCaseFactHandler } from './record-case-fact/record-case-fact.handler';

export { FactWriter } from './fact-writer';
export { OpenCaseCommand, type OpenedCase } from './open-case/open-case.command';
export { GetReintegrationCaseQuery, GetRepatriationBatchQuery } from './queries/queries';
export { RecordBatchFactCommand } from './record-batch-fact/record-batch-fact.command';
export { RecordCaseFactCommand, type CaseFact } from './record-case-fact/record-case-fact.command';
export { REINTEGRATION_SOURCE } from './reintegration-source';

export const REINTEGRATION_COMMAND_HANDLERS = [OpenCaseHandler, RecordCaseFactHandler, RecordBatchFactHandler];
export const REINTEGRATION_QUERY_HANDLERS = [GetReintegrationCaseHandler, GetRepatriationBatchHandler];
