import type { IssueSummons } from '../../domain/fir/fir.commands';
import { EXAMPLE } from '../shared/examples';
import { AnyTime, Id, PastTime, Text, utc, utcOrUndefined } from '../shared/request-fields';

export class IssueSummonsRequest {
  @Id('the child summoned (a victim of the FIR)', EXAMPLE.caseId) caseId!: string;
  @PastTime('when the court issued it', '2026-09-01T10:30:00+05:30') issuedAt!: string;
  @Text('the issuing court', 'Special Court (Human Trafficking), Jaipur') court!: string;
  @AnyTime('when the child is to appear', '2026-10-01T10:30:00+05:30', { optional: true }) appearanceOn?: string;
}

export function issueSummonsCommand(summonsId: string, dto: IssueSummonsRequest): IssueSummons {
  const issuedAt = utc(dto.issuedAt);
  const appearanceOn = utcOrUndefined(dto.appearanceOn);
  return {
    type: 'IssueSummons',
    occurredAt: new Date(issuedAt),
    data: { summonsId, caseId: dto.caseId, issuedAt, court: dto.court, ...(appearanceOn === undefined ? {} : { appearanceOn }) },
  };
}
