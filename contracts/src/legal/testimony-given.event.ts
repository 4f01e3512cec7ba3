import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { TESTIMONY_ASSESSMENTS, TESTIMONY_MODES } from './legal.vocabulary';
import { CaseId, DateTime, FirId, Uuid, oneOf } from './legal.schemas';

export const TestimonyGiven = defineEvent(
  'legal.TestimonyGiven',
  1,
  Type.Object(
    {
      firId: FirId,
      testimonyId: Uuid('the testimony'),
      caseId: CaseId,
      testifiedAt: DateTime('when the child testified'),
      court: Type.String({ minLength: 1, description: 'the trial court' }),
      mode: oneOf(TESTIMONY_MODES, { description: 'by video from the home district, or in person' }),
      assessment: oneOf(TESTIMONY_ASSESSMENTS, { description: 'supportive, or hostile to the prosecution' }),
      summonsId: Type.Optional(Uuid('the summons it answered, if known')),
    },
    { description: 'A child of the FIR testified at trial.' },
  ),
);
export type TestimonyGiven = EventOf<typeof TestimonyGiven>;
