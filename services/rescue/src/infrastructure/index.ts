export { InMemoryCaseReferenceSequence } from './in-memory-case-reference.sequence';
export { PostgresCaseReferenceSequence } from './postgres-case-reference.sequence';
