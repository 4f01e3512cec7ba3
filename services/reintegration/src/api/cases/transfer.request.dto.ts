import {
  AGENCY_KIND_CODES,
  OUTSIDE_CHANNEL_SENDERS,
  RETURN_LEARNED_THROUGH,
  TRANSFER_REFUSAL_REASONS,
  type AgencyKindCode,
  type OutsideChannelSender,
  type ReturnLearnedThrough,
  type TransferRefusalReason,
} from '@setu/contracts';
import { DistrictCodeField, OneOfField, TextField } from '@setu/service-kit';
import { DayOrTimeField, SummaryField } from '../shared/fields';

export class OrderTransferRequestDto {
  @TextField({ description: 'the order number as the CWC wrote it', example: 'CWC/JPR/2026/0311' })
  orderNumber!: string;

  @DayOrTimeField({ description: 'the date of the order', example: '2026-04-02T12:00:00+05:30' })
  orderedAt!: string;

  @DistrictCodeField({ description: 'the district of the CWC that made the order', example: 'RJ-JPR' })
  orderingDistrict!: string;

  @DistrictCodeField({ description: 'the home district whose CWC is to receive the child, in Bihar', example: 'BR-GAY' })
  receivingDistrict!: string;

  @OneOfField(AGENCY_KIND_CODES, { description: 'the kind of agency the order names to escort the child', example: 'sjpu', optional: true })
  escortAgency?: AgencyKindCode;
}

export class AcceptTransferRequestDto {
  @DayOrTimeField({ description: 'when the home-district CWC accepted', example: '2026-04-06T15:00:00+05:30' })
  acceptedAt!: string;

  @DistrictCodeField({ description: 'the district of the CWC that accepted, in Bihar', example: 'BR-GAY' })
  decidingDistrict!: string;

  @TextField({ description: 'the accepting CWC\'s own reference', example: 'CWC/GAY/2026/118', optional: true })
  referenceNumber?: string;
}

export class RefuseTransferRequestDto {
  @DayOrTimeField({ description: 'when the home-district CWC refused', example: '2026-04-06T15:00:00+05:30' })
  refusedAt!: string;

  @DistrictCodeField({ description: 'the district of the CWC that refused, in Bihar', example: 'BR-GAY' })
  decidingDistrict!: string;

  @OneOfField(TRANSFER_REFUSAL_REASONS, { description: 'why it refused', example: 'family_not_traced' })
  reason!: TransferRefusalReason;

  @TextField({ description: 'the refusing CWC\'s own reference', example: 'CWC/GAY/2026/119', optional: true })
  referenceNumber?: string;

  @SummaryField('The address in the order could not be found; the DCPU is tracing the family.', 'the CWC\'s reasons as written')
  summary?: string;
}

export class SentHomeOutsideChannelRequestDto {
  @DayOrTimeField({ description: 'when the child was sent home', example: '2026-04-18' })
  sentAt!: string;

  @OneOfField(OUTSIDE_CHANNEL_SENDERS, { description: 'who sent the child home', example: 'shelter_home' })
  sentBy!: OutsideChannelSender;

  @TextField({ description: 'the organisation that sent the child', example: 'Aashray Children\'s Home, Jaipur', optional: true })
  senderName?: string;

  @DistrictCodeField({ description: 'the district the child was sent to, in Bihar', example: 'BR-NWD' })
  homeDistrict!: string;

  @DayOrTimeField({ description: 'when the child reached home, if known', example: '2026-04-20', optional: true })
  arrivedHomeAt?: string;

  @OneOfField(RETURN_LEARNED_THROUGH, { description: 'how the fact became known', example: 'fieldworker_outreach' })
  learnedThrough!: ReturnLearnedThrough;

  @SummaryField('The shelter put the boy on a train with an uncle; no transfer order was made.', 'the circumstances as reported')
  summary?: string;
}
