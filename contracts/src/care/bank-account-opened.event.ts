import { Type } from '@sinclair/typebox';
import { PII, defineEvent, type EventOf } from '../event-schema';
import { BANK_ACCOUNT_HOLDERS } from './care.vocabulary';
import { CaseId, DateTime, DocumentId, Text, Uuid, oneOf } from './care.schemas';

export const BankAccountOpened = defineEvent(
  'care.BankAccountOpened',
  1,
  Type.Object(
    {
      caseId: CaseId,
      accountId: Uuid('this account record'),
      openedAt: DateTime('when the account was opened'),
      bank: Text('the bank, e.g. State Bank of India'),
      branch: Text('the branch, e.g. Johari Bazar, Jaipur'),
      ifsc: Type.Optional(Type.String({ pattern: '^[A-Z]{4}0[A-Z0-9]{6}$', description: 'the branch\'s IFSC code' })),
      holder: oneOf(BANK_ACCOUNT_HOLDERS, { description: 'in the child\'s name, or jointly with a guardian' }),
      accountNumberLast4: Type.String({
        pattern: '^[0-9]{4}$',
        description: 'the last four digits of the account number: the full number is never stored',
        ...PII,
      }),
      passbookDocumentId: Type.Optional(DocumentId('the scanned passbook page, the bank account proof')),
    },
    { description: 'A bank account was opened for the child, for compensation to be paid into.' },
  ),
);
export type BankAccountOpened = EventOf<typeof BankAccountOpened>;
