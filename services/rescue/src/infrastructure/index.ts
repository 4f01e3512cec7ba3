export { InMemoryCaseReferenceSequence } from './in-memory-case-reference.sequence';
export { NEXT_CASE_REFERENCE_SEQUENCE } from './case-reference.queries';
