import { MAX_DOCUMENT_BYTES } from '@setu/contracts';
import { DomainError, registerProblemCodes, type FieldError } from '@setu/platform';
import busboy from 'busboy';
import type { IncomingMessage } from 'node:http';
import { PassThrough, type Readable } from 'node:stream';
import { DocumentTooLargeError, UploadFormError } from '../../application/documentation.errors';

/** Room for the form's text fields and part headers around the file. */
const FORM_OVERHEAD_BYTES = 64 * 1024;
const MAX_FIELD_BYTES = 1024;

export class MultipartRequiredError extends DomainError {
  constructor() {
    super('MULTIPART_REQUIRED', 'validation', 'An upload is a multipart/form-data request with the scan in the field "file".');
  }
}

registerProblemCodes({ MULTIPART_REQUIRED: { status: 415, title: 'Multipart form required' } });

export interface ReceivedForm<T> {
  readonly fields: Readonly<Record<string, string>>;
  /** What `onFile` made of the file part, if there was one. */
  readonly file: T | undefined;
  /** Problems with the form's shape (unknown, repeated or overlong fields, extra files). */
  readonly problems: readonly FieldError[];
}

/**
 * Reads a multipart upload with busboy, streaming the one file part (field `file`) to `onFile` as
 * it arrives: nothing is buffered beyond a chunk. Text fields are collected. Resolves once the
 * whole request was read and `onFile` settled; rejects with `onFile`'s error, if any. A request
 * announcing more than the limit is refused before a byte of it is read.
 */
export async function receiveForm<T>(
  req: IncomingMessage,
  allowedFields: readonly string[],
  onFile: (content: Readable) => Promise<T>,
): Promise<ReceivedForm<T>> {
  if (!/^multipart\/form-data\b/i.test(req.headers['content-type'] ?? '')) throw new MultipartRequiredError();
  if (Number(req.headers['content-length'] ?? 0) > MAX_DOCUMENT_BYTES + FORM_OVERHEAD_BYTES) throw new DocumentTooLargeError();

  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: req.headers,
      limits: { files: 2, fileSize: MAX_DOCUMENT_BYTES + 1, fields: allowedFields.length, fieldSize: MAX_FIELD_BYTES, parts: allowedFields.length + 1 },
    });
  } catch {
    throw new UploadFormError([{ field: '(body)', message: 'the multipart body has no valid boundary' }]);
  }

  const fields: Record<string, string> = {};
  const problems: FieldError[] = [];
  let file: Promise<T> | undefined;
  let content: PassThrough | undefined;

  parser.on('field', (name, value, info) => {
    if (!allowedFields.includes(name)) problems.push({ field: name, message: `${name} is not a field of this form` });
    else if (name in fields) problems.push({ field: name, message: `${name} is given more than once` });
    else if (info.valueTruncated) problems.push({ field: name, message: `${name} is longer than ${MAX_FIELD_BYTES} bytes` });
    else fields[name] = value;
  });
  parser.on('file', (name, stream) => {
    if (name !== 'file' || file !== undefined) {
      problems.push({ field: name, message: 'the form takes one scan, in the field "file"' });
      stream.on('error', () => undefined); // the parser reports the same failure
      stream.resume();
      return;
    }
    const pass = new PassThrough();
    content = pass;
    // busboy destroys the part when the body is malformed or cut short: the scan must fail too.
    stream.on('error', (error) => pass.destroy(error));
    stream.pipe(pass);
    // Whatever becomes of the scan (refused at its first bytes, too large), busboy must read on.
    pass.on('close', () => {
      stream.unpipe(pass);
      stream.resume();
    });
    file = onFile(pass);
    file.catch(() => undefined);
  });
  parser.on('filesLimit', () => problems.push({ field: '(body)', message: 'the form takes one scan, in the field "file"' }));
  parser.on('fieldsLimit', () => problems.push({ field: '(body)', message: `the form has at most ${allowedFields.length} text fields` }));
  parser.on('partsLimit', () => problems.push({ field: '(body)', message: 'the form has too many parts' }));

  const parsed = new Promise<void>((resolve, reject) => {
    parser.on('close', resolve);
    parser.on('error', reject);
    req.on('close', () => {
      if (!req.complete) parser.destroy(new Error('the request ended before the form did'));
    });
  });
  req.pipe(parser);
  try {
    await parsed;
  } catch {
    content?.destroy(new UploadFormError([{ field: '(body)', message: 'the multipart body is malformed or cut short' }]));
    await file?.catch(() => undefined);
    throw new UploadFormError([{ field: '(body)', message: 'the multipart body is malformed or cut short' }]);
  }
  return { fields, file: file === undefined ? undefined : await file, problems };
}
