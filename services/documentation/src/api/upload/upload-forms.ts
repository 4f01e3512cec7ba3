import { ApiProperty } from '@nestjs/swagger';
import { DOCUMENT_KIND_CODES, SUPERSESSION_REASONS } from '@setu/contracts';
import { flattenValidationErrors, RequestValidationError, type FieldError } from '@setu/platform';
import { OneOfField, TextField } from '@setu/service-kit';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { JurisdictionField, PastDate } from '../shared/fields';

// The text fields of the upload forms, validated like JSON bodies (400 naming each field).

export class UploadDocumentForm {
  @OneOfField(DOCUMENT_KIND_CODES, { description: 'the kind of document (GET /documents/kinds)', example: 'fir_copy' })
  kind!: (typeof DOCUMENT_KIND_CODES)[number];

  @TextField({ description: 'who issued it: an office, or a person (a doctor, a counsellor)', example: 'PS Ramganj, Jaipur (synthetic)', trim: true })
  issuer!: string;

  @PastDate({ description: 'the date on the document', example: '2026-03-14' })
  issuedOn!: string;

  @TextField({ description: 'the number on the document, if it has one', example: '0142/2026', trim: true, optional: true, maxLength: 100 })
  documentNumber?: string;

  @JurisdictionField()
  jurisdiction?: 'RJ' | 'BR';
}

export class SupersedeDocumentForm {
  @OneOfField(SUPERSESSION_REASONS, { description: 'why the newer scan replaces the document', example: 'better_scan' })
  reason!: (typeof SUPERSESSION_REASONS)[number];

  @OneOfField(DOCUMENT_KIND_CODES, { description: "the kind of document; default the old document's", example: 'fir_copy', optional: true })
  kind?: (typeof DOCUMENT_KIND_CODES)[number];

  @TextField({ description: "who issued it; default the old document's", example: 'PS Ramganj, Jaipur (synthetic)', trim: true, optional: true })
  issuer?: string;

  @PastDate({ description: "the date on the document; default the old document's", example: '2026-03-14', optional: true })
  issuedOn?: string;

  @TextField({ description: "the number on the document; default the old document's", example: '0142/2026', trim: true, optional: true, maxLength: 100 })
  documentNumber?: string;

  @JurisdictionField()
  jurisdiction?: 'RJ' | 'BR';
}

export const UPLOAD_FIELDS = ['kind', 'issuer', 'issuedOn', 'documentNumber', 'jurisdiction'] as const;
export const SUPERSEDE_FIELDS = ['reason', ...UPLOAD_FIELDS] as const;

/** The form's fields as a validated DTO, or a 400 naming every bad field (shape problems included). */
export async function validatedForm<T extends object>(
  type: new () => T,
  fields: Readonly<Record<string, string>>,
  problems: readonly FieldError[],
): Promise<T> {
  const form = plainToInstance(type, fields);
  const errors = await validate(form, { whitelist: true, forbidNonWhitelisted: true, validationError: { target: false, value: false } });
  const all = [...problems, ...flattenValidationErrors(errors)];
  if (all.length > 0) throw new RequestValidationError(all);
  return form;
}

const FILE_PROPERTY = {
  type: 'string',
  format: 'binary',
  description: 'the scan: PDF, JPEG, PNG or TIFF (judged by its magic bytes, not its name), at most 20 MiB',
};

/** The multipart schema of POST .../documents, for the OpenAPI document. */
export const UPLOAD_SCHEMA = {
  type: 'object',
  required: ['kind', 'issuer', 'issuedOn', 'file'],
  properties: {
    kind: { type: 'string', enum: [...DOCUMENT_KIND_CODES], example: 'fir_copy', description: 'the kind of document (GET /documents/kinds)' },
    issuer: { type: 'string', maxLength: 200, example: 'PS Ramganj, Jaipur (synthetic)', description: 'who issued it: an office, or a person' },
    issuedOn: { type: 'string', format: 'date', example: '2026-03-14', description: 'the date on the document' },
    documentNumber: { type: 'string', maxLength: 100, example: '0142/2026', description: 'the number on the document, if it has one' },
    jurisdiction: { type: 'string', enum: ['RJ', 'BR'], example: 'RJ', description: 'needed only when the token covers both states' },
    file: FILE_PROPERTY,
  },
};

/** The multipart schema of POST .../supersessions. */
export const SUPERSEDE_SCHEMA = {
  type: 'object',
  required: ['reason', 'file'],
  properties: {
    reason: { type: 'string', enum: [...SUPERSESSION_REASONS], example: 'better_scan', description: 'why the newer scan replaces the document' },
    kind: { ...UPLOAD_SCHEMA.properties.kind, description: "default the old document's" },
    issuer: { ...UPLOAD_SCHEMA.properties.issuer, description: "default the old document's" },
    issuedOn: { ...UPLOAD_SCHEMA.properties.issuedOn, description: "default the old document's" },
    documentNumber: { ...UPLOAD_SCHEMA.properties.documentNumber, description: "default the old document's" },
    jurisdiction: UPLOAD_SCHEMA.properties.jurisdiction,
    file: FILE_PROPERTY,
  },
};

/** Swagger needs the DTO classes to exist as schemas too; ApiProperty keeps them described. */
export class UploadAnswer {
  @ApiProperty({ format: 'uuid', description: 'the new document, or the one already holding the same content' }) documentId!: string;
  @ApiProperty({ enum: ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff'] }) mediaType!: string;
  @ApiProperty({ description: 'bytes of the scan as uploaded' }) sizeBytes!: number;
  @ApiProperty({ description: 'SHA-256 of the scan as uploaded, computed while it streamed in' }) sha256!: string;
  @ApiProperty({ description: "the documents stream's revision (also in ETag)" }) revision!: number;
}
