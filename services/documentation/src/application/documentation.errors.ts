import { DOCUMENT_MEDIA_TYPES, MAX_DOCUMENT_BYTES } from '@setu/contracts';
import { DomainError, registerProblemCodes, type FieldError } from '@setu/platform';

// Errors of the documentation service's application layer, with stable codes.

export class DocumentNotFoundError extends DomainError {
  constructor() {
    super('DOCUMENT_NOT_FOUND', 'not_found', "The child's file has no document with this id.");
  }
}

export class SubmissionNotFoundError extends DomainError {
  constructor() {
    super('SUBMISSION_NOT_FOUND', 'not_found', 'The child has no submission to the CWC with this id.');
  }
}

/** The scan is not a PDF, JPEG, PNG or TIFF by its magic bytes, whatever its name or Content-Type say. */
export class UnsupportedMediaTypeError extends DomainError {
  constructor(detected: string | undefined) {
    super('UNSUPPORTED_MEDIA_TYPE', 'unprocessable', `A scan must be ${DOCUMENT_MEDIA_TYPES.join(', ')}, judged by its content.`, {
      errors: [{ field: 'file', message: `file content is ${detected ?? 'not a recognised format'}` }],
      extensions: { detectedType: detected ?? null, acceptedTypes: [...DOCUMENT_MEDIA_TYPES] },
    });
  }
}

export class DocumentTooLargeError extends DomainError {
  constructor() {
    super('DOCUMENT_TOO_LARGE', 'unprocessable', `A scan may be at most ${MAX_DOCUMENT_BYTES} bytes (20 MiB); nothing was stored.`, {
      errors: [{ field: 'file', message: `file is larger than ${MAX_DOCUMENT_BYTES} bytes` }],
      extensions: { maxBytes: MAX_DOCUMENT_BYTES },
    });
  }
}

/** The same content is already in the child's file: nothing was stored or recorded. */
export class DuplicateDocumentError extends DomainError {
  constructor(existing: { readonly caseId: string; readonly documentId: string; readonly revision: number }) {
    super('DUPLICATE_DOCUMENT', 'conflict', "The same content is already in the child's file; nothing was stored.", {
      extensions: {
        documentId: existing.documentId,
        location: `/documents/cases/${existing.caseId}/documents/${existing.documentId}`,
        revision: existing.revision,
      },
    });
  }
}

/** The multipart body is not what an upload needs (no file, two files, unknown or repeated parts). */
export class UploadFormError extends DomainError {
  constructor(errors: readonly FieldError[]) {
    super('UPLOAD_FORM_INVALID', 'validation', `The upload form has ${errors.length} problem${errors.length === 1 ? '' : 's'}.`, { errors });
  }
}

/** The stored blob does not match what was recorded (tampered, truncated or missing): never served. */
export class DocumentIntegrityError extends DomainError {
  constructor() {
    super('DOCUMENT_INTEGRITY_FAILED', 'unavailable', 'The stored scan failed its integrity check and is not served; the incident was logged.');
  }
}

registerProblemCodes({
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Unsupported media type' },
  DOCUMENT_TOO_LARGE: { status: 413, title: 'Document too large' },
  DOCUMENT_INTEGRITY_FAILED: { status: 500, title: 'Document integrity check failed' },
});
