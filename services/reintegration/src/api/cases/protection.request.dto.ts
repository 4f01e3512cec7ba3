import {
  RETRAFFICKING_GROUNDS,
  RETRAFFICKING_RULED_OUT_REASONS,
  THREAT_KINDS,
  THREAT_SOURCES,
  type RetraffickingGround,
  type RetraffickingRuledOutReason,
  type ThreatKind,
  type ThreatSource,
} from '@setu/contracts';
import { BooleanField, DistrictCodeField, OneOfField, TextField, UuidField } from '@setu/service-kit';
import { EXAMPLE } from '../shared/examples';
import { DayOrTimeField, SummaryField } from '../shared/fields';

export class ReportThreatRequestDto {
  @DayOrTimeField({ description: 'when the child or family reported it', example: '2026-06-01T17:00:00+05:30' })
  reportedAt!: string;

  @OneOfField(THREAT_KINDS, { description: 'what happened', example: 'pressure_to_turn_hostile' })
  kind!: ThreatKind;

  @OneOfField(THREAT_SOURCES, { description: 'who it came from', example: 'trafficker_or_agent' })
  source!: ThreatSource;

  @BooleanField({ description: 'whether the police had been informed when it was reported', example: false })
  policeInformed!: boolean;

  @TextField({ description: 'the police station informed', example: 'Belaganj PS', optional: true })
  policeStation?: string;

  @TextField({ description: 'the station diary entry or FIR number, if any', example: 'SD 112/2026', optional: true })
  policeReference?: string;

  @SummaryField('The agent came to the house and told the father the boy must say he went to Jaipur willingly.', 'what was reported')
  summary?: string;
}

export class ThreatReportedToPoliceRequestDto {
  @DayOrTimeField({ description: 'when the police were informed', example: '2026-06-02T11:00:00+05:30' })
  informedAt!: string;

  @TextField({ description: 'the police station informed', example: 'Belaganj PS' })
  policeStation!: string;

  @TextField({ description: 'the station diary entry or FIR number, if any', example: 'SD 112/2026', optional: true })
  policeReference?: string;
}

export class SuspectReTraffickingRequestDto {
  @DayOrTimeField({ description: 'when the suspicion arose', example: '2026-09-01' })
  suspectedAt!: string;

  @OneOfField(RETRAFFICKING_GROUNDS, { description: 'why it is suspected', example: 'missing_from_home' })
  grounds!: RetraffickingGround;

  @SummaryField('Not seen at home or school for three weeks; neighbours say he left with a man from the next village.', 'what is known')
  summary?: string;
}

export class ConfirmReTraffickingRequestDto {
  @DayOrTimeField({ description: 'when it was confirmed', example: '2026-10-01' })
  confirmedAt!: string;

  @UuidField({ description: 'the case opened when the child was found again, linked by the person confirming', example: EXAMPLE.laterCaseId, optional: true })
  laterCaseId?: string;

  @DistrictCodeField({ description: 'where the child was found', example: 'RJ-JPR', optional: true })
  foundInDistrict?: string;

  @SummaryField('Found in a raid in Jaipur on 28 September; the rescue team recognised him from the photo.', 'how it was confirmed')
  summary?: string;
}

export class RuleOutReTraffickingRequestDto {
  @DayOrTimeField({ description: 'when it was ruled out', example: '2026-09-05' })
  ruledOutAt!: string;

  @OneOfField(RETRAFFICKING_RULED_OUT_REASONS, { description: 'why it was ruled out', example: 'child_at_home' })
  reason!: RetraffickingRuledOutReason;

  @SummaryField('He was at his grandmother\'s in the next block for a wedding.', 'what was found')
  summary?: string;
}
