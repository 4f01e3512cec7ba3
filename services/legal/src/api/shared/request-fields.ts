import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { documented, type FieldDoc } from '@setu/service-kit';
import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsArray, IsInt, IsString, Matches, Max, Min } from 'class-validator';

// The legal service's own request fields; the others are the kit's (`@setu/service-kit`).

/** Whole rupees, at least 1 and at most Rs 1 crore (no claim in this domain comes near it). */
export const Rupees = (description: string, example: number, options: Pick<FieldDoc, 'optional'> = {}) =>
  applyDecorators(
    documented({ description: `${description}, in whole rupees`, example, ...options }, { type: Number, minimum: 1, maximum: 10_000_000 }),
    IsInt(),
    Min(1),
    Max(10_000_000),
  );

/** Codes of the sections catalogue; whether each exists is checked later (422, not 400). */
export const SectionCodes = (description: string, example: readonly string[], options: { readonly allowEmpty?: boolean } = {}) =>
  applyDecorators(
    ApiProperty({ type: [String], description: `${description}; codes of GET /reference/legal-sections, under either code (BNS or IPC)`, example }),
    IsArray(),
    ...(options.allowEmpty === true ? [] : [ArrayNotEmpty()]),
    ArrayMaxSize(40),
    ArrayUnique(),
    IsString({ each: true }),
    Matches(/^[A-Za-z]+-[0-9A-Za-z().]+$/, { each: true, message: 'each value in $property must look like a section code, e.g. BNS-143' }),
  );
