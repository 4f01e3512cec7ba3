import { IdentifyChildHandler } from './identify-child/identify-child.handler';
import { OpenRescueOperationHandler } from './open-rescue-operation/open-rescue-operation.handler';
import { RecordCaseStepHandler } from './record-case-step/record-case-step.handler';
import { RecordOperationFactHandler } from './record-operation-fact/record-operation-fact.handler';
import { RecordPersonsFoundHandler } from './record-persons-found/record-persons-found.handler';
import { GetRescueCaseHandler, GetRescueOperationHandler } from './queries/rescue-queries.handler';

export { IdentifyChildCommand, type ChildIdentifiedOutcome, type IdentifyChildInput } from './identify-child/identify-child.command';
export { OpenRescueOperationCommand, type OpenRescueOperationInput } from './open-rescue-operation/open-rescue-operation.command';
export { RecordCaseStepCommand } from './record-case-step/record-case-step.command';
export { RecordOperationFactCommand, type OperationFact } from './record-operation-fact/record-operation-fact.command';
export {
  RecordPersonsFoundCommand,
  type PersonsFoundOutcome,
  type RecordPersonsFoundInput,
} from './record-persons-found/record-persons-found.command';
export { GetRescueCaseQuery } from './queries/get-rescue-case.query';
export { GetRescueOperationQuery } from './queries/get-rescue-operation.query';
export { RESCUE_SOURCE, type StreamOutcome } from './shared/stream-outcome';

export const RESCUE_COMMAND_HANDLERS = [
  OpenRescueOperationHandler,
  RecordPersonsFoundHandler,
  RecordOperationFactHandler,
  IdentifyChildHandler,
  RecordCaseStepHandler,
];
export const RESCUE_QUERY_HANDLERS = [GetRescueOperationHandler, GetRescueCaseHandler];
