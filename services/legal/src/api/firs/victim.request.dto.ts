import { EXAMPLE } from '../shared/examples';
import { Id } from '../shared/request-fields';

export class VictimRequest {
  @Id('the child\'s case, opened by the rescue service', EXAMPLE.caseId) caseId!: string;
}
