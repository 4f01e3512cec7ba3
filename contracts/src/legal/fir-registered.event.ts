import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { DateTime, FirId, SectionCodes } from './legal.schemas';

export const FirRegistered = defineEvent(
  'legal.FirRegistered',
  1,
  Type.Object(
    {
      firId: FirId,
      number: Type.String({ minLength: 1, description: 'the FIR number as the police station wrote it, e.g. 0123/2026' }),
      policeStation: Type.String({ minLength: 1, description: 'the police station that registered the FIR' }),
      district: Type.String({ description: 'district code of the police station (reference districts), e.g. RJ-JPR' }),
      registeredAt: DateTime('when the FIR was registered'),
      sections: SectionCodes('the sections cited in the FIR, under the code in force (BNS) or the old one (IPC) as written'),
    },
    { description: 'A First Information Report registered at a police station; it names children and accused in later events.' },
  ),
);
export type FirRegistered = EventOf<typeof FirRegistered>;
