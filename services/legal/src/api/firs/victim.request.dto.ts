import { UuidField } from '@setu/service-kit';
import { EXAMPLE } from '../shared/examples';

export class VictimRequest {
  @UuidField({ description: 'the child\'s case, opened by the rescue service', example: EXAMPLE.caseId }) caseId!: string;
}
