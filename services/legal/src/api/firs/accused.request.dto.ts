import { ApiProperty } from '@nestjs/swagger';
import { ACCUSED_ROLES, CUSTODY_STATUSES, type AccusedRole, type CustodyStatus } from '@setu/contracts';
import type { IdGenerator } from '@setu/platform';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { OneOfField, TextField } from '@setu/service-kit';
import type { AccusedInput } from '../../domain/fir/fir.commands';

export class AccusedRequest {
  @TextField({ description: 'the accused person\'s name as written in the FIR', example: 'Synthetic Name Alpha', trim: true }) name!: string;

  @ApiProperty({ type: [String], required: false, description: 'other names or spellings', example: ['S. N. Alpha'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(200, { each: true })
  aliases?: string[];

  @OneOfField(ACCUSED_ROLES, { description: 'what the accused did', example: 'employer' }) role!: AccusedRole;

  @OneOfField(CUSTODY_STATUSES, { description: 'custody status when named, if known', example: 'arrested', optional: true }) status?: CustodyStatus;
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
