import { ApiProperty } from '@nestjs/swagger';
import { VERDICTS, type Verdict } from '@setu/contracts';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { NestedField, OneOfField, ReportedTimeField, TextField, utc, UuidField } from '@setu/service-kit';
import type { RecordJudgment, VerdictInput } from '../../domain/fir/fir.commands';
import { EXAMPLE } from '../shared/examples';
import { Rupees, SectionCodes } from '../shared/request-fields';

export class SentenceRequest {
  @ApiProperty({ required: false, description: 'term of imprisonment in months', example: 120, minimum: 0, maximum: 1200 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1200)
  imprisonmentMonths?: number;

  @ApiProperty({ required: false, description: 'imprisonment for life', example: false })
  @IsOptional()
  @IsBoolean()
  lifeImprisonment?: boolean;

  @ApiProperty({ required: false, description: 'rigorous (true) or simple (false) imprisonment', example: true })
  @IsOptional()
  @IsBoolean()
  rigorous?: boolean;

  @Rupees('fine imposed', 50000, { optional: true }) fineRupees?: number;
}

export class VerdictRequest {
  @UuidField({ description: 'the accused judged', example: EXAMPLE.accusedId }) accusedId!: string;
  @OneOfField(VERDICTS, { description: 'the verdict', example: 'convicted' }) verdict!: Verdict;
  @SectionCodes('the sections convicted under (may be empty on acquittal)', ['BNS-143', 'JJA-79'], { allowEmpty: true }) sections!: string[];

  @ApiProperty({ type: () => SentenceRequest, required: false, description: 'the sentence, for a conviction' })
  @IsOptional()
  @ValidateNested()
  @Type(() => SentenceRequest)
  sentence?: SentenceRequest;
}

export class RecordJudgmentRequest {
  @ReportedTimeField({ description: 'when the judgment was pronounced', example: '2026-11-02T11:00:00+05:30', format: 'rfc3339' }) deliveredAt!: string;
  @TextField({ description: 'the trial court', example: 'Special Court (Human Trafficking), Jaipur', trim: true }) court!: string;
  @NestedField(() => VerdictRequest, { description: 'one verdict per accused judged', minItems: 1, maxItems: 50 }) verdicts!: VerdictRequest[];
}

export function recordJudgmentCommand(judgmentId: string, dto: RecordJudgmentRequest): RecordJudgment {
  const deliveredAt = utc(dto.deliveredAt);
  return { type: 'RecordJudgment', occurredAt: new Date(deliveredAt), data: { judgmentId, deliveredAt, court: dto.court, verdicts: dto.verdicts.map(verdictInput) } };
}

/** Plain data: class instances cannot be stored in an event. */
function verdictInput(v: VerdictRequest): VerdictInput {
  const sentence = v.sentence === undefined ? undefined : { ...v.sentence };
  return { accusedId: v.accusedId, verdict: v.verdict, sections: [...v.sections], ...(sentence === undefined ? {} : { sentence }) };
}
