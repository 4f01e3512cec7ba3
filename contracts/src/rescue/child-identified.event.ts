import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { Age, CaseId, DateTime, DistrictCode, OperationId, PiiText, StateCode, Text, oneOf } from './rescue.schemas';
import { AGE_ASSESSMENT_METHODS, GUARDIAN_RELATIONS, SEXES, WORK_TYPES } from './rescue.vocabulary';

const Name = Type.Object(
  {
    text: PiiText('the name as given, in the script it was written in'),
    script: Type.Optional(Type.String({ pattern: '^[A-Z][a-z]{3}$', description: 'ISO 15924 script code, e.g. Deva or Latn' })),
  },
  { description: 'a name of the child' },
);

const Home = Type.Object(
  {
    state: Type.Optional(StateCode('the home state')),
    districtCode: Type.Optional(DistrictCode('the home district')),
    block: Type.Optional(PiiText('the block (subdivision of the district)')),
    village: Type.Optional(PiiText('the village or town')),
  },
  { description: 'the child\'s home, as far as known' },
);

const WorkingConditions = Type.Object(
  {
    work: Type.Optional(oneOf(WORK_TYPES, { description: 'the work the child was made to do' })),
    hoursPerDay: Type.Optional(Type.Integer({ minimum: 0, maximum: 24, description: 'hours of work a day, as told' })),
    monthsAtWorkplace: Type.Optional(Type.Integer({ minimum: 0, description: 'how long the child had been there, in months' })),
    paid: Type.Optional(Type.Boolean({ description: 'whether the child was paid anything' })),
    description: Type.Optional(PiiText('the conditions as described; may name people and places')),
  },
  { description: 'the working conditions described at the scene' },
);

export const ChildIdentified = defineEvent(
  'rescue.ChildIdentified',
  1,
  Type.Object(
    {
      caseId: CaseId,
      reference: Text('the human reference for paper forms: state-district-year-sequence, e.g. RJ-JPR-2026-00042'),
      operationId: OperationId,
      rescueState: StateCode('the state of the rescue'),
      rescueDistrictCode: DistrictCode('the district of the rescue'),
      rescuedAt: DateTime('when the raid began: every later step of the case follows it'),
      identifiedAt: DateTime('when the child was identified at the scene'),
      names: Type.Array(Name, { minItems: 1, description: 'the names as given, in any script; the first is the one in use' }),
      aliases: Type.Array(PiiText('another name, nickname or spelling'), { description: 'other names the child is known by' }),
      guardian: Type.Optional(
        Type.Object(
          { name: PiiText('the guardian\'s name as given'), relation: oneOf(GUARDIAN_RELATIONS, { description: 'relation to the child' }) },
          { description: 'the parent or guardian the child named' },
        ),
      ),
      sex: oneOf(SEXES, { description: 'sex as recorded' }),
      ageStated: Type.Optional(Age('age as the child stated it')),
      ageAssessed: Type.Optional(
        Type.Object(
          { years: Age('age as assessed'), method: oneOf(AGE_ASSESSMENT_METHODS, { description: 'how the age was assessed' }) },
          { description: 'age as assessed at the scene' },
        ),
      ),
      languages: Type.Array(Type.String({ pattern: '^[a-z]{3}$', description: 'ISO 639-3 code, e.g. mai, bho, mag, hin' }), {
        description: 'languages the child speaks',
      }),
      interpreterNeeded: Type.Boolean({ description: 'whether the child needs an interpreter' }),
      home: Home,
      workingConditions: Type.Optional(WorkingConditions),
      photoRefs: Type.Optional(
        Type.Array(PiiText('a reference to a photograph in the document store'), { description: 'photographs of the child' }),
      ),
    },
    { description: 'A child was identified in a rescue operation: this opens the child\'s case.' },
  ),
);
export type ChildIdentified = EventOf<typeof ChildIdentified>;
