export type { CallerContext, CommandOutcome, Versioned } from './caller/caller-context';
export { Caller, type CallerOptions } from './caller/caller.decorator';
export { metadataOf } from './caller/event-metadata';
export { ownEvents } from './commands/own-events';
export { recordOnStream, type RecordOptions } from './commands/record-on-stream';
export { provideStreamWriter, STREAM_WRITER, type StreamWriter } from './commands/stream-writer';
export { CASE_DIRECTORY, type CaseDirectory, type CaseLookup, type CaseOpening } from './cases/case-directory.port';
export { EventStoreCaseDirectory, provideCaseDirectory, type CaseOpener } from './cases/event-store-case-directory.adapter';
export { CaseNotFoundError, UnknownCaseError } from './cases/case.errors';
export { readCaseStream } from './cases/read-case-stream';
export { unknownCases, type CaseRef } from './cases/unknown-cases';
export type { CaseReferenceSequence } from './cases/case-reference-sequence.port';
export { PostgresCaseReferenceSequence } from './cases/postgres-case-reference.sequence';
export { assertKnownCodes, DISTRICTS_REFERENCE, stateOfDistrict, STATES_REFERENCE, type CodeRef } from './reference/known-codes';
export { documented, type FieldDoc } from './fields/field-doc';
export { TextField, TextListField, type TextFieldDoc } from './fields/text.fields';
export { BooleanField, IntField, OneOfField, OneOfListField } from './fields/value.fields';
export { NestedField, UuidField, UuidListField } from './fields/id.fields';
export { PlannedTimeField, ReportedTimeField, type TimeFieldDoc, type TimeFormat } from './fields/time.fields';
export { DistrictCodeField, MaskedNumberField } from './fields/code.fields';
export { defined, plain, toDate, utc } from './fields/plain-data';
export {
  ApiProblems,
  CONCURRENCY_CONFLICT_EXAMPLE,
  concurrencyProblem,
  jurisdictionProblem,
  problem,
  problemBody,
  problemExamples,
  validationProblem,
  type ProblemDoc,
  type ProblemExample,
} from './openapi/problem-docs';
export { ApiIdempotencyKey, ApiIfMatch, ETAG_HEADER } from './openapi/header-docs';
export { CommandEndpoint, type CommandEndpointOptions } from './openapi/command-endpoint.decorator';
export { ViewEndpoint, type ViewEndpointOptions } from './openapi/view-endpoint.decorator';
