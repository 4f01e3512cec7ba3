import { HOLDING_PLACES, type HoldingPlace } from '@setu/contracts';
import { OneOfField, ReportedTimeField, TextField } from '@setu/service-kit';

export class RecordChildHeldRequestDto {
  @OneOfField(HOLDING_PLACES, { description: 'the kind of place', example: 'police_station' })
  place!: HoldingPlace;

  @TextField({ description: 'which one, by name', example: 'Ramganj', optional: true })
  placeName?: string;

  @ReportedTimeField({ description: 'when the child was brought there', example: '2026-03-10T11:30:00+05:30' })
  from!: string;

  @ReportedTimeField({
    description: 'when the child left; omit while unknown (the next place recorded ends the stay)',
    example: '2026-03-11T09:00:00+05:30',
    optional: true,
  })
  to?: string;
}
