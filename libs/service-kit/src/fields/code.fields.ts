import { applyDecorators } from '@nestjs/common';
import { Matches } from 'class-validator';
import { documented, type FieldDoc } from './field-doc';

const DISTRICT_CODE = /^[A-Z]{2}-[A-Z]{3}$/;

/**
 * A district code of the reference data (`RJ-JPR`). Only its shape is validated here (400);
 * whether it exists is `assertKnownCodes`' business (422 `UNKNOWN_CODE`), as codes change with
 * the reference data.
 */
export function DistrictCodeField(field: FieldDoc): PropertyDecorator {
  return applyDecorators(
    documented({ ...field, description: `${field.description} (see GET /reference/districts)` }, { type: String, pattern: DISTRICT_CODE.source }),
    Matches(DISTRICT_CODE, { message: '$property must be a district code like RJ-JPR' }),
  );
}

/**
 * An account or card number masked but for its last four digits (`XXXX-XXXX-4821`): a full
 * number never enters Setu, nor is it echoed in the 400. `bare` also takes the four digits alone.
 */
export function MaskedNumberField(field: FieldDoc & { readonly bare?: boolean }): PropertyDecorator {
  const pattern = field.bare === true ? /^[Xx*\s-]*[0-9]{4}$/ : /^[Xx*\s-]+[0-9]{4}$/;
  return applyDecorators(
    documented(field, { type: String, pattern: pattern.source }),
    Matches(pattern, { message: '$property must be masked but for its last four digits, e.g. XXXX-XXXX-4821' }),
  );
}
