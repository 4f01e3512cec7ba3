import { EXAMPLE } from './examples';
import { Id } from './request-fields';

// Path parameters, validated like bodies so a malformed id is a 400 naming the parameter.

export class FirParams {
  @Id('the FIR', EXAMPLE.firId) firId!: string;
}

export class FirAccusedParams extends FirParams {
  @Id('an accused of the FIR', EXAMPLE.accusedId) accusedId!: string;
}

export class FirSummonsParams extends FirParams {
  @Id('a summons of the FIR', EXAMPLE.summonsId) summonsId!: string;
}

export class FirAppealParams extends FirParams {
  @Id('an appeal of the FIR', EXAMPLE.appealId) appealId!: string;
}

export class CaseParams {
  @Id('the child\'s case', EXAMPLE.caseId) caseId!: string;
}

export class CaseClaimParams extends CaseParams {
  @Id('a compensation claim of the child', EXAMPLE.claimId) claimId!: string;
}
