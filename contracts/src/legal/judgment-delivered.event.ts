import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { VERDICTS } from './legal.vocabulary';
import { DateTime, FirId, Rupees, SectionCodes, Uuid, oneOf } from './legal.schemas';

export const Sentence = Type.Object(
  {
    imprisonmentMonths: Type.Optional(Type.Integer({ minimum: 0, description: 'term of imprisonment in months' })),
    lifeImprisonment: Type.Optional(Type.Boolean({ description: 'imprisonment for life' })),
    rigorous: Type.Optional(Type.Boolean({ description: 'rigorous (true) or simple (false) imprisonment' })),
    fineRupees: Type.Optional(Rupees('fine imposed')),
  },
  { description: 'the sentence of a convicted accused' },
);

export const JudgmentDelivered = defineEvent(
  'legal.JudgmentDelivered',
  1,
  Type.Object(
    {
      firId: FirId,
      judgmentId: Uuid('the judgment; one event per accused shares it'),
      accusedId: Uuid('the accused judged'),
      deliveredAt: DateTime('when the judgment was pronounced'),
      court: Type.String({ minLength: 1, description: 'the trial court' }),
      verdict: oneOf(VERDICTS, { description: 'convicted or acquitted' }),
      sections: SectionCodes('the sections the accused was convicted under, as cited; empty on acquittal'),
      sentence: Type.Optional(Sentence),
    },
    { description: 'The trial court\'s verdict on one accused of the FIR.' },
  ),
);
export type JudgmentDelivered = EventOf<typeof JudgmentDelivered>;
