import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsOptional, IsUUID } from 'class-validator';
import { EXAMPLE } from './shared/examples';
import { DistrictCode, JurisdictionField, PastTime, Text } from './shared/fields';

export class SubmitDocumentsRequest {
  @Text('the Child Welfare Committee (bench) the documents went to', 'CWC Jaipur I')
  committee!: string;

  @DistrictCode("the committee's district", 'RJ-JPR')
  district!: string;

  @PastTime('when the documents reached the committee (late entries are fine)', EXAMPLE.submittedAt)
  submittedAt!: string;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    required: false,
    description: 'the documents submitted; default every current document of the case',
    example: [EXAMPLE.documentId],
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  documentIds?: string[];

  @JurisdictionField()
  jurisdiction?: 'RJ' | 'BR';
}

export class SubmitAnswer {
  @ApiProperty({ format: 'uuid', example: EXAMPLE.submissionId }) submissionId!: string;
  @ApiProperty({ description: "the documents stream's revision (also in ETag)", example: 6 }) revision!: number;
}
