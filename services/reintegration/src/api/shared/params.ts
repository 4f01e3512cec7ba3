import { UuidField } from '@setu/service-kit';
import { EXAMPLE } from './examples';

// Path parameters, validated like bodies: a malformed id is a 400 naming it.

export class CaseParams {
  @UuidField({ description: 'the child\'s case', example: EXAMPLE.caseId })
  caseId!: string;
}

export class TransferOrderParams extends CaseParams {
  @UuidField({ description: 'the transfer order', example: EXAMPLE.orderId })
  orderId!: string;
}

export class EntitlementParams extends CaseParams {
  @UuidField({ description: 'the entitlement applied for', example: EXAMPLE.entitlementId })
  entitlementId!: string;
}

export class ThreatParams extends CaseParams {
  @UuidField({ description: 'the threat reported', example: EXAMPLE.threatId })
  threatId!: string;
}

export class SuspicionParams extends CaseParams {
  @UuidField({ description: 'the re-trafficking suspicion', example: EXAMPLE.suspicionId })
  suspicionId!: string;
}

export class BatchParams {
  @UuidField({ description: 'the repatriation batch', example: EXAMPLE.batchId })
  batchId!: string;
}

export class BatchChildParams extends BatchParams {
  @UuidField({ description: 'the case of a child on the batch', example: EXAMPLE.caseId })
  caseId!: string;
}
