import { ApiProperty } from '@nestjs/swagger';
import { ReportedTimeField, TextField, UuidListField } from '@setu/service-kit';
import { EXAMPLE } from './shared/examples';
import { DistrictCode, JurisdictionField } from './shared/fields';

export class SubmitDocumentsRequest {
  @TextField({ description: 'the Child Welfare Committee (bench) the documents went to', example: 'CWC Jaipur I', trim: true })
  committee!: string;

  @DistrictCode("the committee's district", 'RJ-JPR')
  district!: string;

  @ReportedTimeField({ description: 'when the documents reached the committee (late entries are fine)', example: EXAMPLE.submittedAt, format: 'rfc3339' })
  submittedAt!: string;

  @UuidListField({
    description: 'the documents submitted; default every current document of the case',
    example: [EXAMPLE.documentId],
    maxItems: 200,
    optional: true,
  })
  documentIds?: string[];

  @JurisdictionField()
  jurisdiction?: 'RJ' | 'BR';
}

export class SubmitAnswer {
  @ApiProperty({ format: 'uuid', example: EXAMPLE.submissionId }) submissionId!: string;
  @ApiProperty({ description: "the documents stream's revision (also in ETag)", example: 6 }) revision!: number;
}
