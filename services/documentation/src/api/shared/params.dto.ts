import { UuidField } from '@setu/service-kit';
import { EXAMPLE } from './examples';

// Path parameters, validated like bodies so a malformed id is a 400 naming the parameter.

export class CaseParams {
  @UuidField({ description: "the child's case", example: EXAMPLE.caseId })
  caseId!: string;
}

export class DocumentParams extends CaseParams {
  @UuidField({ description: 'a document of the case', example: EXAMPLE.documentId })
  documentId!: string;
}

export class SubmissionParams extends CaseParams {
  @UuidField({ description: 'a submission of the case to the CWC', example: EXAMPLE.submissionId })
  submissionId!: string;
}
