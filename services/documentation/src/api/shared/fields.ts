import { applyDecorators } from '@nestjs/common';
import { DISTRICTS, JURISDICTIONS } from '@setu/contracts';
import { IsPastOrNow } from '@setu/platform';
import { documented, OneOfField, type FieldDoc } from '@setu/service-kit';
import { IsIn, IsISO8601, Matches } from 'class-validator';

// The documentation service's own fields; the others come from @setu/service-kit.

/** A calendar date (`YYYY-MM-DD`) not in the future. */
export const PastDate = (field: FieldDoc) =>
  applyDecorators(
    documented(field, { type: String, format: 'date' }),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date as YYYY-MM-DD' }),
    IsISO8601({ strict: true }),
    IsPastOrNow(),
  );

/** A district of the reference data, checked here (400) as the committee's district. */
export const DistrictCode = (description: string, example: string) =>
  applyDecorators(
    documented({ description, example }, { type: String, pattern: '^[A-Z]{2}-[A-Z]{3}$' }),
    IsIn(
      DISTRICTS.map((d) => d.code),
      { message: '$property must be a district code of Rajasthan or Bihar, e.g. RJ-JPR' },
    ),
  );

/** The state the facts belong to, needed only when the caller's token covers both. */
export const JurisdictionField = () =>
  OneOfField(JURISDICTIONS, { description: 'the state the facts belong to; needed only when the token covers both RJ and BR', example: 'RJ', optional: true });
