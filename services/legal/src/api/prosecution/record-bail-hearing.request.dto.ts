import { BAIL_OUTCOMES, type BailOutcome } from '@setu/contracts';
import type { RecordBailHearing } from '../../domain/fir/fir.commands';
import { EXAMPLE } from '../shared/examples';
import { Flag, Id, OneOf, PastTime, Text, utc } from '../shared/request-fields';

export class RecordBailHearingRequest {
  @Id('the accused who applied for bail', EXAMPLE.accusedId) accusedId!: string;
  @PastTime('when the hearing took place', '2026-03-20T11:30:00+05:30') heldAt!: string;
  @Text('the court', 'Court of the Sessions Judge, Jaipur Metropolitan') court!: string;
  @Flag('whether a lawyer for the victims was present', false) victimLawyerPresent!: boolean;
  @Flag('whether the application was opposed', true) opposed!: boolean;
  @OneOf(BAIL_OUTCOMES, 'the outcome', 'denied') outcome!: BailOutcome;
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
