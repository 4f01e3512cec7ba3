import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { FOUND_BY } from './care.vocabulary';
import { CaseId, DateTime, PiiText, Uuid, oneOf } from './care.schemas';

export const FoundAfterMissing = defineEvent(
  'care.FoundAfterMissing',
  1,
  Type.Object(
    {
      caseId: CaseId,
      foundAt: DateTime('when the child was found'),
      missingId: Type.Optional(Uuid('the missing episode this ends; absent when no missing report was recorded')),
      foundBy: oneOf(FOUND_BY, { description: 'who found the child' }),
      whereFound: Type.Optional(PiiText('where the child was found; a place can identify the child or the people around them')),
      returnedToShelter: Type.Boolean({ description: 'whether the child came back to the home the child went missing from' }),
    },
    { description: 'A child who had gone missing from a shelter home was found again.' },
  ),
);
export type FoundAfterMissing = EventOf<typeof FoundAfterMissing>;
