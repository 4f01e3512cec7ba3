import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { EXAMPLE } from './examples';

// Path parameters, validated like bodies: a malformed id is a 400 naming it.

export class CaseParams {
  @ApiProperty({ format: 'uuid', description: 'the child\'s case', example: EXAMPLE.caseId })
  @IsUUID()
  caseId!: string;
}

export class TransferOrderParams extends CaseParams {
  @ApiProperty({ format: 'uuid', description: 'the transfer order', example: EXAMPLE.orderId })
  @IsUUID()
  orderId!: string;
}

export class EntitlementParams extends CaseParams {
  @ApiProperty({ format: 'uuid', description: 'the entitlement applied for', example: EXAMPLE.entitlementId })
  @IsUUID()
  entitlementId!: string;
}

export class ThreatParams extends CaseParams {
  @ApiProperty({ format: 'uuid', description: 'the threat reported', example: EXAMPLE.threatId })
  @IsUUID()
  threatId!: string;
}

export class SuspicionParams extends CaseParams {
  @ApiProperty({ format: 'uuid', description: 'the re-trafficking suspicion', example: EXAMPLE.suspicionId })
  @IsUUID()
  suspicionId!: string;
}

export class BatchParams {
  @ApiProperty({ format: 'uuid', description: 'the repatriation batch', example: EXAMPLE.batchId })
  @IsUUID()
  batchId!: string;
}

export class BatchChildParams extends BatchParams {
  @ApiProperty({ format: 'uuid', description: 'the case of a child on the batch', example: EXAMPLE.caseId })
  @IsUUID()
  caseId!: string;
}
