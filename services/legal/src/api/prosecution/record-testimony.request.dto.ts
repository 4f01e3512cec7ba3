import { TESTIMONY_ASSESSMENTS, TESTIMONY_MODES, type TestimonyAssessment, type TestimonyMode } from '@setu/contracts';
import type { RecordTestimony } from '../../domain/fir/fir.commands';
import { EXAMPLE } from '../shared/examples';
import { Id, OneOf, PastTime, Text, utc } from '../shared/request-fields';

export class RecordTestimonyRequest {
  @Id('the child who testified (a victim of the FIR)', EXAMPLE.caseId) caseId!: string;
  @PastTime('when', '2026-10-01T12:15:00+05:30') testifiedAt!: string;
  @Text('the trial court', 'Special Court (Human Trafficking), Jaipur') court!: string;
  @OneOf(TESTIMONY_MODES, 'how the child testified', 'video_from_home_district') mode!: TestimonyMode;
  @OneOf(TESTIMONY_ASSESSMENTS, 'whether the testimony supported the prosecution', 'supportive') assessment!: TestimonyAssessment;
  @Id('the summons it answered, if known', EXAMPLE.summonsId, { optional: true }) summonsId?: string;
}

export function recordTestimonyCommand(testimonyId: string, dto: RecordTestimonyRequest): RecordTestimony {
  const testifiedAt = utc(dto.testifiedAt);
  return {
    type: 'RecordTestimony',
    occurredAt: new Date(testifiedAt),
    data: {
      testimonyId,
      caseId: dto.caseId,
      testifiedAt,
      court: dto.court,
      mode: dto.mode,
      assessment: dto.assessment,
      ...(dto.summonsId === undefined ? {} : { summonsId: dto.summonsId }),
    },
  };
}
