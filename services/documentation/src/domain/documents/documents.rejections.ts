import { CommandRejected } from '@setu/decider';

// The impossible commands of the documents stream, with stable codes.

export const documentNotFound = (): CommandRejected =>
  new CommandRejected('DOCUMENT_NOT_FOUND', 'not_found', "The child's file has no document with this id.", [
    { field: 'documentId', message: 'documentId names no document of this case' },
  ]);

export const alreadySuperseded = (currentId: string): CommandRejected =>
  new CommandRejected(
    'DOCUMENT_ALREADY_SUPERSEDED',
    'conflict',
    `A newer scan already replaced this document; supersede the current one (${currentId}).`,
    [{ field: 'documentId', message: `documentId was superseded; the current document is ${currentId}` }],
  );

export const nothingToSubmit = (): CommandRejected =>
  new CommandRejected('NO_DOCUMENTS_TO_SUBMIT', 'unprocessable', "The child's file has no document to submit.");

export const unknownSubmittedDocuments = (indexes: readonly number[]): CommandRejected =>
  new CommandRejected(
    'UNKNOWN_DOCUMENT',
    'unprocessable',
    'The submission names documents that are not in the child\'s file.',
    indexes.map((i) => ({ field: `documentIds[${i}]`, message: `documentIds[${i}] names no document of this case` })),
  );
