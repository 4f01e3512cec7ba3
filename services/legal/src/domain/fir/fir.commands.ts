import type {
  AccusedNamed,
  AccusedStatusRecorded,
  AppealDecided,
  AppealFiled,
  BailHearingHeld,
  ChargeSheetFiled,
  FirRegistered,
  JudgmentDelivered,
  SummonsIssued,
  SummonsKnownToNgo,
  SummonsServed,
  TestimonyGiven,
} from '@setu/contracts';
import type { Command } from '@setu/decider';

// Commands on a FIR stream. Ids and times come in on the command; `occurredAt` is the fact's time.

type DataOf<E extends { data: object }> = E['data'];
type WithoutFir<E extends { data: object }> = Omit<DataOf<E>, 'firId'>;

export type AccusedInput = Omit<DataOf<AccusedNamed>, 'firId' | 'namedAt'>;

export type RegisterFir = Command<
  'RegisterFir',
  DataOf<FirRegistered> & { readonly victims: readonly string[]; readonly accused: readonly AccusedInput[] }
>;
export type AddVictims = Command<'AddVictims', { readonly caseIds: readonly string[]; readonly addedAt: string }>;
export type NameAccused = Command<'NameAccused', { readonly accused: readonly AccusedInput[]; readonly namedAt: string }>;
export type RecordAccusedStatus = Command<'RecordAccusedStatus', Omit<WithoutFir<AccusedStatusRecorded>, 'bailHearingId'>>;
export type RecordBailHearing = Command<'RecordBailHearing', WithoutFir<BailHearingHeld>>;
export type FileChargeSheet = Command<'FileChargeSheet', WithoutFir<ChargeSheetFiled>>;
export type IssueSummons = Command<'IssueSummons', WithoutFir<SummonsIssued>>;
export type RecordSummonsServed = Command<'RecordSummonsServed', Omit<WithoutFir<SummonsServed>, 'caseId'>>;
export type RecordSummonsKnownToNgo = Command<'RecordSummonsKnownToNgo', Omit<WithoutFir<SummonsKnownToNgo>, 'caseId'>>;
export type RecordTestimony = Command<'RecordTestimony', WithoutFir<TestimonyGiven>>;

export type VerdictInput = Pick<DataOf<JudgmentDelivered>, 'accusedId' | 'verdict' | 'sections' | 'sentence'>;
export type RecordJudgment = Command<
  'RecordJudgment',
  Pick<DataOf<JudgmentDelivered>, 'judgmentId' | 'deliveredAt' | 'court'> & { readonly verdicts: readonly VerdictInput[] }
>;
export type FileAppeal = Command<'FileAppeal', WithoutFir<AppealFiled>>;
export type RecordAppealDecision = Command<'RecordAppealDecision', WithoutFir<AppealDecided>>;

export type FirCommand =
  | RegisterFir
  | AddVictims
  | NameAccused
  | RecordAccusedStatus
  | RecordBailHearing
  | FileChargeSheet
  | IssueSummons
  | RecordSummonsServed
  | RecordSummonsKnownToNgo
  | RecordTestimony
  | RecordJudgment
  | FileAppeal
  | RecordAppealDecision;
