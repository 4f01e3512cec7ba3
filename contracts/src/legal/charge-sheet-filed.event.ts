import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { DateTime, FirId, SectionCodes, Uuid } from './legal.schemas';

export const ChargeSheetFiled = defineEvent(
  'legal.ChargeSheetFiled',
  1,
  Type.Object(
    {
      firId: FirId,
      chargeSheetId: Uuid('the charge sheet (a FIR can have supplementary ones)'),
      filedAt: DateTime('when the police filed it in court (BNSS s.193, formerly CrPC s.173)'),
      court: Type.String({ minLength: 1, description: 'the court it was filed in' }),
      sections: SectionCodes('the sections charged, as cited'),
      accusedIds: Type.Array(Uuid('an accused of this FIR'), { description: 'the accused charged; empty when not stated' }),
    },
    { description: 'The police filed a charge sheet (final report) for the FIR.' },
  ),
);
export type ChargeSheetFiled = EventOf<typeof ChargeSheetFiled>;
