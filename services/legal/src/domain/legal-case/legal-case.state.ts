import type { CompensationScheme, LegalCaseEvent } from '@setu/contracts';

/** A child's legal record: nothing yet, or some facts, with the claims later facts can name. */
export type LegalCaseState =
  | { readonly status: 'empty' }
  | { readonly status: 'recorded'; readonly caseId: string; readonly claims: Readonly<Record<string, CompensationScheme>> };

export const initialLegalCaseState = (): LegalCaseState => ({ status: 'empty' });

export function evolveLegalCase(state: LegalCaseState, event: LegalCaseEvent): LegalCaseState {
  const recorded = state.status === 'recorded' ? state : { status: 'recorded' as const, caseId: event.data.caseId, claims: {} };
  switch (event.type) {
    case 'legal.CompensationApplied':
      return { ...recorded, claims: { ...recorded.claims, [event.data.claimId]: event.data.scheme } };
    case 'legal.MagistrateStatementRecorded':
    case 'legal.LawyerAuthorised':
    case 'legal.ReleaseCertificateIssued':
    case 'legal.CompensationInquiryHeld':
    case 'legal.CompensationAwarded':
    case 'legal.CompensationPaid':
    case 'legal.CompensationRejected':
      return recorded;
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}
