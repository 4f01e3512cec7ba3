import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { EXAMPLE_OPERATION_ID } from '../shared/examples';

export class OperationParams {
  @ApiProperty({ description: 'the rescue operation', format: 'uuid', example: EXAMPLE_OPERATION_ID })
  @IsUUID()
  operationId!: string;
}
