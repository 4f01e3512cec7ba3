import { ApiProperty } from '@nestjs/swagger';
import { VERIFICATION_REFUSAL_REASONS } from '@setu/contracts';
import { OneOfField, ReportedTimeField, TextField } from '@setu/service-kit';
import { IsIn, registerDecorator, ValidateIf } from 'class-validator';
import { EXAMPLE } from './shared/examples';
import { DistrictCode, JurisdictionField } from './shared/fields';

/** `reason` is given exactly when the committee refused the document. */
function ReasonOnlyWhenRefused(): PropertyDecorator {
  return (target: object, propertyName: string | symbol): void => {
    registerDecorator({
      name: 'reasonOnlyWhenRefused',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: 'reason is required when outcome is refused, and only then' },
      validator: {
        validate: (value: unknown, args) => ((args?.object as { outcome?: unknown }).outcome === 'refused') === (value !== undefined),
      },
    });
  };
}

export class VerifyDocumentRequest {
  @OneOfField(['verified', 'refused'], { description: 'whether the committee accepted the scan as genuine and complete', example: 'verified' })
  outcome!: 'verified' | 'refused';

  @ApiProperty({ enum: [...VERIFICATION_REFUSAL_REASONS], required: false, description: 'why the committee refused it (only with outcome refused)', example: 'illegible' })
  @ValidateIf((request: VerifyDocumentRequest) => request.outcome === 'refused' || request.reason !== undefined)
  @ReasonOnlyWhenRefused()
  @IsIn([...VERIFICATION_REFUSAL_REASONS], { message: `$property must be one of: ${VERIFICATION_REFUSAL_REASONS.join(', ')}` })
  reason?: (typeof VERIFICATION_REFUSAL_REASONS)[number];

  @TextField({ description: 'the Child Welfare Committee (bench)', example: 'CWC Jaipur I', trim: true })
  committee!: string;

  @DistrictCode("the committee's district", 'RJ-JPR')
  district!: string;

  @ReportedTimeField({ description: 'when the committee looked at it (late entries are fine)', example: EXAMPLE.verifiedAt, format: 'rfc3339' })
  verifiedAt!: string;

  @JurisdictionField()
  jurisdiction?: 'RJ' | 'BR';
}

export class VerifyAnswer {
  @ApiProperty({ description: "the documents stream's revision (also in ETag)", example: 5 }) revision!: number;
}
