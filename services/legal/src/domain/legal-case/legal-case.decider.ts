import type { LegalCaseEvent } from '@setu/contracts';
import type { Decider } from '@setu/decider';
import { isBefore, type DatedFact } from '../time-order';
import type { ClaimCommand, LegalCaseCommand } from './legal-case.commands';
import { claimAlreadyMade, claimNotFound, stepBeforeRescue } from './legal-case.rejections';
import { evolveLegalCase, initialLegalCaseState, type LegalCaseState } from './legal-case.state';

/**
 * A child's legal stream (`legal-<caseId>`): statement before a magistrate, lawyer, release
 * certificate and compensation claims. Statements after the child went home, payments without a
 * recorded award, awards after a rejection: all facts for the gap reports, never refused. Only a
 * claim that does not exist (or exists already) is, and a fact dated before the child's rescue
 * (`rescuedAt`: when the rescue service identified the child), which lives on another stream and
 * so is given to the decider rather than folded. A case opened by reintegration (a child who came
 * home with no record) has no known rescue time (`undefined`): its facts are not bound.
 */
export function legalCaseDecider(rescuedAt: string | undefined): Decider<LegalCaseCommand, LegalCaseEvent, LegalCaseState> {
  return {
    initialState: initialLegalCaseState,
    evolve: evolveLegalCase,
    decide(command, state) {
      const events = decideOnCase(command, state);
      const dated = datedFact(command);
      if (rescuedAt !== undefined && isBefore(dated.at, rescuedAt)) throw stepBeforeRescue(dated.field, rescuedAt);
      return events;
    },
  };
}

function decideOnCase(command: LegalCaseCommand, state: LegalCaseState): LegalCaseEvent[] {
  switch (command.type) {
    case 'RecordMagistrateStatement':
      return [{ type: 'legal.MagistrateStatementRecorded', data: command.data }];
    case 'AuthoriseLawyer':
      return [{ type: 'legal.LawyerAuthorised', data: command.data }];
    case 'RecordReleaseCertificate':
      return [{ type: 'legal.ReleaseCertificateIssued', data: command.data }];
    case 'ApplyForCompensation':
      if (claimExists(state, command.data.claimId)) throw claimAlreadyMade();
      return [{ type: 'legal.CompensationApplied', data: command.data }];
    case 'RecordCompensationInquiry':
    case 'AwardCompensation':
    case 'RecordCompensationPayment':
    case 'RejectCompensation':
      if (!claimExists(state, command.data.claimId)) throw claimNotFound();
      return [onClaim(command)];
    default: {
      const unknown: never = command;
      throw new Error(`unknown legal case command ${JSON.stringify(unknown)}`);
    }
  }
}

/** When the fact happened, named by its request field. */
function datedFact(command: LegalCaseCommand): DatedFact {
  switch (command.type) {
    case 'RecordMagistrateStatement':
      return { field: 'recordedAt', at: command.data.recordedAt };
    case 'AuthoriseLawyer':
      return { field: 'authorisedAt', at: command.data.authorisedAt };
    case 'RecordReleaseCertificate':
      return { field: 'issuedAt', at: command.data.issuedAt };
    case 'ApplyForCompensation':
      return { field: 'appliedAt', at: command.data.appliedAt };
    case 'RecordCompensationInquiry':
      return { field: 'heldAt', at: command.data.heldAt };
    case 'AwardCompensation':
      return { field: 'awardedAt', at: command.data.awardedAt };
    case 'RecordCompensationPayment':
      return { field: 'paidAt', at: command.data.paidAt };
    case 'RejectCompensation':
      return { field: 'rejectedAt', at: command.data.rejectedAt };
    default: {
      const unknown: never = command;
      throw new Error(`unknown legal case command ${JSON.stringify(unknown)}`);
    }
  }
}

function claimExists(state: LegalCaseState, claimId: string): boolean {
  return state.status === 'recorded' && state.claims[claimId] !== undefined;
}

function onClaim(command: ClaimCommand): LegalCaseEvent {
  switch (command.type) {
    case 'RecordCompensationInquiry':
      return { type: 'legal.CompensationInquiryHeld', data: command.data };
    case 'AwardCompensation':
      return { type: 'legal.CompensationAwarded', data: command.data };
    case 'RecordCompensationPayment':
      return { type: 'legal.CompensationPaid', data: command.data };
    case 'RejectCompensation':
      return { type: 'legal.CompensationRejected', data: command.data };
    default: {
      const unknown: never = command;
      throw new Error(`unknown claim command ${JSON.stringify(unknown)}`);
    }
  }
}
