import { UuidField } from '@setu/service-kit';

export const EXAMPLE_CASE_ID = '0195f3a0-7c4e-7b21-9d3a-5e8f1c2a4b60';

export class CareCaseParams {
  @UuidField({ description: 'the child\'s case, opened by the rescue service', example: EXAMPLE_CASE_ID })
  caseId!: string;
}
