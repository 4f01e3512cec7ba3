import { TESTIMONY_ASSESSMENTS, TESTIMONY_MODES, type TestimonyAssessment, type TestimonyMode } from '@setu/contracts';
import { OneOfField, ReportedTimeField, TextField, utc, UuidField } from '@setu/service-kit';
import type { RecordTestimony } from '../../domain/fir/fir.commands';
import { EXAMPLE } from '../shared/examples';

export class RecordTestimonyRequest {
  @UuidField({ description: 'the child who testified (a victim of the FIR)', example: EXAMPLE.caseId }) caseId!: string;
  @ReportedTimeField({ description: 'when', example: '2026-10-01T12:15:00+05:30', format: 'rfc3339' }) testifiedAt!: string;
  @TextField({ description: 'the trial court', example: 'Special Court (Human Trafficking), Jaipur', trim: true }) court!: string;
  @OneOfField(TESTIMONY_MODES, { description: 'how the child testified', example: 'video_from_home_district' }) mode!: TestimonyMode;
  @OneOfField(TESTIMONY_ASSESSMENTS, { description: 'whether the testimony supported the prosecution', example: 'supportive' }) assessment!: TestimonyAssessment;
  @UuidField({ description: 'the summons it answered, if known', example: EXAMPLE.summonsId, optional: true }) summonsId?: string;
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
