import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';

export class DistrictsQueryDto {
  @ApiPropertyOptional({ description: 'only the districts of this state (see GET /reference/states)', example: 'BR' })
  @IsOptional()
  @IsString()
  state?: string;
}
