import { DocumentationRejection } from '../documentation-rejection';

// The impossible commands of the documents stream, with stable codes.

export const documentNotFound = (): DocumentationRejection =>
  new DocumentationRejection('DOCUMENT_NOT_FOUND', 'not_found', "The child's file has no document with this id.", [
    { field: 'documentId', message: 'documentId names no document of this case' },
  ]);

export const alreadySuperseded = (currentId: string): DocumentationRejection =>
  new DocumentationRejection(
    'DOCUMENT_ALREADY_SUPERSEDED',
    'conflict',
    `A newer scan already replaced this document; supersede the current one (${currentId}).`,
    [{ field: 'documentId', message: `documentId was superseded; the current document is ${currentId}` }],
  );

export const nothingToSubmit = (): DocumentationRejection =>
  new DocumentationRejection('NO_DOCUMENTS_TO_SUBMIT', 'unprocessable', "The child's file has no document to submit.");

export const unknownSubmittedDocuments = (indexes: readonly number[]): DocumentationRejection =>
  new DocumentationRejection(
    'UNKNOWN_DOCUMENT',
    'unprocessable',
    'The submission names documents that are not in the child\'s file.',
    indexes.map((i) => ({ field: `documentIds[${i}]`, message: `documentIds[${i}] names no document of this case` })),
  );
