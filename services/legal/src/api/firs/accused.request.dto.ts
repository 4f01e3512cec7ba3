import { ApiProperty } from '@nestjs/swagger';
import { ACCUSED_ROLES, CUSTODY_STATUSES, type AccusedRole, type CustodyStatus } from '@setu/contracts';
import type { IdGenerator } from '@setu/platform';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import type { AccusedInput } from '../../domain/fir/fir.commands';
import { OneOf, Text } from '../shared/request-fields';

export class AccusedRequest {
  @Text('the accused person\'s name as written in the FIR', 'Synthetic Name Alpha') name!: string;

  @ApiProperty({ type: [String], required: false, description: 'other names or spellings', example: ['S. N. Alpha'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(200, { each: true })
  aliases?: string[];

  @OneOf(ACCUSED_ROLES, 'what the accused did', 'employer') role!: AccusedRole;

  @OneOf(CUSTODY_STATUSES, 'custody status when named, if known', 'arrested', { optional: true }) status?: CustodyStatus;
}

/** Each accused gets an id here, returned to the client in request order. */
export function accusedInputs(accused: readonly AccusedRequest[], ids: IdGenerator): AccusedInput[] {
  return accused.map((a) => ({
    accusedId: ids.newId(),
    name: a.name,
    aliases: [...(a.aliases ?? [])],
    role: a.role,
    ...(a.status === undefined ? {} : { status: a.status }),
  }));
}
