import { Type } from '@sinclair/typebox';
import { PII, defineEvent, type EventOf } from '../event-schema';
import { ACCOUNT_HOLDERS } from './legal.vocabulary';
import { CaseId, DateTime, Rupees, Uuid, oneOf } from './legal.schemas';

export const PaidAccount = Type.Object(
  {
    holder: oneOf(ACCOUNT_HOLDERS, { description: 'whose account: the child\'s, a guardian\'s, or joint' }),
    bank: Type.String({ minLength: 1, description: 'the bank, e.g. State Bank of India' }),
    last4: Type.String({ pattern: '^[0-9]{4}$', description: 'the last four digits of the account number: the full number is never stored', ...PII }),
  },
  { description: 'the account paid into, masked' },
);

export const CompensationPaid = defineEvent(
  'legal.CompensationPaid',
  1,
  Type.Object(
    {
      caseId: CaseId,
      claimId: Uuid('the claim'),
      paidAt: DateTime('when the money was paid'),
      amount: Rupees('amount paid'),
      account: PaidAccount,
    },
    { description: 'Money was paid on a claim (several payments may follow one award).' },
  ),
);
export type CompensationPaid = EventOf<typeof CompensationPaid>;
