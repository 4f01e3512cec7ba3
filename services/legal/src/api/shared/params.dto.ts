import { UuidField } from '@setu/service-kit';
import { EXAMPLE } from './examples';

// Path parameters, validated like bodies so a malformed id is a 400 naming the parameter.

export class FirParams {
  @UuidField({ description: 'the FIR', example: EXAMPLE.firId }) firId!: string;
}

export class FirAccusedParams extends FirParams {
  @UuidField({ description: 'an accused of the FIR', example: EXAMPLE.accusedId }) accusedId!: string;
}

export class FirSummonsParams extends FirParams {
  @UuidField({ description: 'a summons of the FIR', example: EXAMPLE.summonsId }) summonsId!: string;
}

export class FirAppealParams extends FirParams {
  @UuidField({ description: 'an appeal of the FIR', example: EXAMPLE.appealId }) appealId!: string;
}

export class CaseParams {
  @UuidField({ description: 'the child\'s case', example: EXAMPLE.caseId }) caseId!: string;
}

export class CaseClaimParams extends CaseParams {
  @UuidField({ description: 'a compensation claim of the child', example: EXAMPLE.claimId }) claimId!: string;
}
