import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class CareFactRecordedResponse {
  @ApiProperty({ format: 'uuid', example: '0195f3a0-7c4e-7b21-9d3a-5e8f1c2a4b60' })
  caseId!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'the id of the fact recorded (admission, transfer, missing report, session, plan, review, check, test, card, account)',
    example: '0195f4b2-1a07-7c3e-8f4d-2b6a9e0c7d13',
  })
  id?: string;

  @ApiProperty({ description: 'the care record\'s revision after the fact: send it as If-Match with the next command', example: 3 })
  revision!: number;
}
