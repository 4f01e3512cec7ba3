import { registerProblemCodes } from './problem-registry';

// The event store's errors (libs/event-store/src/errors.ts), matched by code so that the
// platform does not depend on the store.
registerProblemCodes({
  CONCURRENCY_CONFLICT: {
    status: 409,
    title: 'Concurrency conflict',
    expose: (error) => {
      const { expected, actual } = error as unknown as { expected?: unknown; actual?: unknown };
      return {
        detail: 'The record changed since it was read; reload it and retry.',
        extensions: { expectedRevision: expected, actualRevision: actual },
      };
    },
  },
  INVALID_EVENT: {
    status: 422,
    title: 'Invalid event',
    expose: (error) => {
      const { index, field } = error as unknown as { index?: unknown; field?: unknown };
      const path = typeof index === 'number' && typeof field === 'string' ? `events[${index}].${field}` : 'events';
      return { detail: error.message, errors: [{ field: path, message: error.message }] };
    },
  },
  IDEMPOTENCY_CONFLICT: {
    status: 409,
    title: 'Idempotency conflict',
    expose: () => ({
      detail: 'Part of this batch was already recorded with other events; this is not a safe retry.',
    }),
  },
});
