import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { GUARDIAN_RELATIONS, SEXES } from '../rescue/rescue.vocabulary';
import { Age, BiharDistrict, CaseId, ChildName, DateTime, DistrictCode, PiiText, Summary, Text, oneOf, strict } from './reintegration.schemas';
import { RETURN_LEARNED_THROUGH, RETURN_ROUTES } from './reintegration.vocabulary';

export const ReintegrationCaseOpened = defineEvent(
  'reintegration.CaseOpened',
  1,
  Type.Object(
    {
      caseId: CaseId,
      reference: Text('the human reference for paper forms: state-district-year-sequence, e.g. BR-GAY-2026-00007'),
      identifiedAt: DateTime('when the reintegration side first met the child'),
      learnedThrough: oneOf(RETURN_LEARNED_THROUGH, { description: 'how the reintegration side learned of the child' }),
      returnRoute: oneOf(RETURN_ROUTES, { description: 'how the child came home' }),
      returnedHomeAt: Type.Optional(DateTime('when the child came home, if known')),
      names: Type.Array(ChildName, { minItems: 1, description: 'the names as given, in any script; the first is the one in use' }),
      aliases: Type.Optional(Type.Array(PiiText('another name, nickname or spelling'), { description: 'other names the child is known by' })),
      guardian: Type.Optional(
        Type.Object(
          { name: PiiText('the guardian\'s name as given'), relation: oneOf(GUARDIAN_RELATIONS, { description: 'relation to the child' }) },
          { description: 'the parent or guardian the child lives with' },
        ),
      ),
      sex: oneOf(SEXES, { description: 'sex as recorded' }),
      ageStated: Type.Optional(Age('age as the child or family stated it')),
      home: Type.Object(
        {
          districtCode: BiharDistrict('the home district'),
          block: Type.Optional(PiiText('the block (subdivision of the district)')),
          village: Type.Optional(PiiText('the village or town')),
        },
        { description: 'the child\'s home' },
      ),
      workedInDistrict: Type.Optional(DistrictCode('where the child says they were made to work')),
      summary: Summary('what is known of the child\'s journey'),
    },
    strict('A child who came home with no record in Setu: the reintegration service opens the case (ARCHITECTURE.md, "Streams and ownership").'),
  ),
);
export type ReintegrationCaseOpened = EventOf<typeof ReintegrationCaseOpened>;
