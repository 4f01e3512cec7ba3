import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { CaseId, DateTime, DistrictCode, Summary, Uuid, strict } from './reintegration.schemas';

export const ReTraffickingConfirmed = defineEvent(
  'reintegration.ReTraffickingConfirmed',
  1,
  Type.Object(
    {
      caseId: CaseId,
      suspicionId: Uuid('the suspicion confirmed'),
      confirmedAt: DateTime('when it was confirmed'),
      laterCaseId: Type.Optional(Uuid('the case opened when the child was found again, linked by the person confirming (G23)')),
      foundInDistrict: Type.Optional(DistrictCode('where the child was found')),
      summary: Summary('how it was confirmed'),
    },
    strict('A person confirmed that the child was trafficked again (G23); linking the later case is their explicit act, never automatic.'),
  ),
);
export type ReTraffickingConfirmed = EventOf<typeof ReTraffickingConfirmed>;
