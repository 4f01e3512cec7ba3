import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { CaseId, DateTime, Rupees, Summary, Text, Uuid, oneOf, strict } from './reintegration.schemas';
import { LIVELIHOOD_SUPPORT_KINDS, SUPPORT_BENEFICIARIES } from './reintegration.vocabulary';

export const LivelihoodSupportProvided = defineEvent(
  'reintegration.LivelihoodSupportProvided',
  1,
  Type.Object(
    {
      caseId: CaseId,
      supportId: Uuid('this support'),
      providedAt: DateTime('when the support was given or began'),
      kind: oneOf(LIVELIHOOD_SUPPORT_KINDS, { description: 'the kind of support' }),
      otherKind: Type.Optional(Text('what it is, when kind is other')),
      provider: Text('who provided it, e.g. an NGO or a government scheme'),
      beneficiary: oneOf(SUPPORT_BENEFICIARIES, { description: 'who it is for' }),
      amountRupees: Type.Optional(Rupees('its value')),
      summary: Summary('what was provided'),
    },
    strict('Livelihood or skills support was given to the child or family.'),
  ),
);
export type LivelihoodSupportProvided = EventOf<typeof LivelihoodSupportProvided>;
