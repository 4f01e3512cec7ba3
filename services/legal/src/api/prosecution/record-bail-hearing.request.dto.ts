import { BAIL_OUTCOMES, type BailOutcome } from '@setu/contracts';
import { BooleanField, OneOfField, ReportedTimeField, TextField, utc, UuidField } from '@setu/service-kit';
import type { RecordBailHearing } from '../../domain/fir/fir.commands';
import { EXAMPLE } from '../shared/examples';

export class RecordBailHearingRequest {
  @UuidField({ description: 'the accused who applied for bail', example: EXAMPLE.accusedId }) accusedId!: string;
  @ReportedTimeField({ description: 'when the hearing took place', example: '2026-03-20T11:30:00+05:30', format: 'rfc3339' }) heldAt!: string;
  @TextField({ description: 'the court', example: 'Court of the Sessions Judge, Jaipur Metropolitan', trim: true }) court!: string;
  @BooleanField({ description: 'whether a lawyer for the victims was present', example: false }) victimLawyerPresent!: boolean;
  @BooleanField({ description: 'whether the application was opposed', example: true }) opposed!: boolean;
  @OneOfField(BAIL_OUTCOMES, { description: 'the outcome', example: 'denied' }) outcome!: BailOutcome;
}

export function recordBailHearingCommand(hearingId: string, dto: RecordBailHearingRequest): RecordBailHearing {
  const heldAt = utc(dto.heldAt);
  return {
    type: 'RecordBailHearing',
    occurredAt: new Date(heldAt),
    data: {
      hearingId,
      accusedId: dto.accusedId,
      heldAt,
      court: dto.court,
      victimLawyerPresent: dto.victimLawyerPresent,
      opposed: dto.opposed,
      outcome: dto.outcome,
    },
  };
}
