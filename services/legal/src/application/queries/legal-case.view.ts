import type {
  CompensationApplied,
  CompensationAwarded,
  CompensationPaid,
  CompensationRejected,
  LawyerAuthorised,
  LegalCaseEvent,
  MagistrateStatementRecorded,
  ReleaseCertificateIssued,
} from '@setu/contracts';

type OnCase<E extends { data: object }> = Omit<E['data'], 'caseId'>;
type OnClaim<E extends { data: object }> = Omit<E['data'], 'caseId' | 'claimId'>;

export type ClaimStatus = 'applied' | 'under_inquiry' | 'awarded' | 'paid' | 'rejected';

export interface ClaimView extends OnCase<CompensationApplied> {
  /** The latest of award, payment and rejection as recorded, else inquiry, else applied. */
  readonly status: ClaimStatus;
  readonly inquiries: readonly { readonly heldAt: string }[];
  readonly awards: readonly OnClaim<CompensationAwarded>[];
  readonly payments: readonly OnClaim<CompensationPaid>[];
  readonly rejections: readonly OnClaim<CompensationRejected>[];
  readonly totalAwarded: number;
  readonly totalPaid: number;
}

export interface LegalCaseView {
  readonly caseId: string;
  readonly statements: readonly OnCase<MagistrateStatementRecorded>[];
  /** Every authorisation in order; the last one is the family's current lawyer. */
  readonly lawyers: readonly OnCase<LawyerAuthorised>[];
  readonly releaseCertificates: readonly OnCase<ReleaseCertificateIssued>[];
  readonly compensationClaims: readonly ClaimView[];
}

/** The child's legal record as the legal service shows it. A case with no legal facts is empty. */
export function legalCaseView(caseId: string, events: readonly LegalCaseEvent[]): LegalCaseView {
  const empty: LegalCaseView = { caseId, statements: [], lawyers: [], releaseCertificates: [], compensationClaims: [] };
  return events.reduce(applyToView, empty);
}

function applyToView(view: LegalCaseView, event: LegalCaseEvent): LegalCaseView {
  switch (event.type) {
    case 'legal.MagistrateStatementRecorded':
      return { ...view, statements: [...view.statements, withoutCase(event.data)] };
    case 'legal.LawyerAuthorised':
      return { ...view, lawyers: [...view.lawyers, withoutCase(event.data)] };
    case 'legal.ReleaseCertificateIssued':
      return { ...view, releaseCertificates: [...view.releaseCertificates, withoutCase(event.data)] };
    case 'legal.CompensationApplied': {
      const claim: ClaimView = { ...withoutCase(event.data), status: 'applied', inquiries: [], awards: [], payments: [], rejections: [], totalAwarded: 0, totalPaid: 0 };
      return { ...view, compensationClaims: [...view.compensationClaims, claim] };
    }
    case 'legal.CompensationInquiryHeld':
      return onClaim(view, event.data.claimId, (c) => ({
        ...c,
        status: c.status === 'applied' ? 'under_inquiry' : c.status,
        inquiries: [...c.inquiries, { heldAt: event.data.heldAt }],
      }));
    case 'legal.CompensationAwarded':
      return onClaim(view, event.data.claimId, (c) => ({
        ...c,
        status: 'awarded',
        awards: [...c.awards, withoutClaim(event.data)],
        totalAwarded: c.totalAwarded + event.data.amount,
      }));
    case 'legal.CompensationPaid':
      return onClaim(view, event.data.claimId, (c) => ({
        ...c,
        status: 'paid',
        payments: [...c.payments, withoutClaim(event.data)],
        totalPaid: c.totalPaid + event.data.amount,
      }));
    case 'legal.CompensationRejected':
      return onClaim(view, event.data.claimId, (c) => ({ ...c, status: 'rejected', rejections: [...c.rejections, withoutClaim(event.data)] }));
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

function onClaim(view: LegalCaseView, claimId: string, change: (claim: ClaimView) => ClaimView): LegalCaseView {
  return { ...view, compensationClaims: view.compensationClaims.map((c) => (c.claimId === claimId ? change(c) : c)) };
}

function withoutCase<T extends { caseId: string }>(data: T): Omit<T, 'caseId'> {
  const { caseId: _, ...rest } = data;
  return rest;
}

function withoutClaim<T extends { caseId: string; claimId: string }>(data: T): Omit<T, 'caseId' | 'claimId'> {
  const { caseId: _, claimId: __, ...rest } = data;
  return rest;
}
