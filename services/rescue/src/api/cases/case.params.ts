import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { EXAMPLE_CASE_ID } from '../shared/examples';

export class CaseParams {
  @ApiProperty({ description: 'the child\'s case', format: 'uuid', example: EXAMPLE_CASE_ID })
  @IsUUID()
  caseId!: string;
}
