import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { EXAMPLE } from './examples';

// Path parameters, validated like bodies so a malformed id is a 400 naming the parameter.

export class CaseParams {
  @ApiProperty({ format: 'uuid', description: "the child's case", example: EXAMPLE.caseId })
  @IsUUID('all')
  caseId!: string;
}

export class DocumentParams extends CaseParams {
  @ApiProperty({ format: 'uuid', description: 'a document of the case', example: EXAMPLE.documentId })
  @IsUUID('all')
  documentId!: string;
}

export class SubmissionParams extends CaseParams {
  @ApiProperty({ format: 'uuid', description: 'a submission of the case to the CWC', example: EXAMPLE.submissionId })
  @IsUUID('all')
  submissionId!: string;
}
