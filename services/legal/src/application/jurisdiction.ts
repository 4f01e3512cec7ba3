import { JurisdictionForbiddenError, type Principal } from '@setu/access';
import type { Jurisdiction } from '@setu/contracts';

// Reading or writing a legal record takes a token that covers the state the record belongs to,
// as in the rescue service (403 problem+json otherwise):
// - a FIR belongs to the state of the police station that registered it;
// - a child's legal record belongs to the state the child's case was opened in: the state of the
//   rescue for a rescued child, Bihar for a child reintegration met at home with no record.
//   Not the state of the legal stream's first event: that would let whoever writes first decide,
//   and leave a record with no legal fact yet without a state.
// The one exception is in the FIR's command handler: the NGO of a summoned child's home state
// may record when it learned of the summons.

/** Whether the token covers `state`; an unknown state is covered by no token. */
export function covers(principal: Principal, state: Jurisdiction | undefined): state is Jurisdiction {
  return state !== undefined && principal.states.includes(state);
}

/** Throws 403 unless the token covers `state`. */
export function requireCovers(principal: Principal, state: Jurisdiction | undefined): Jurisdiction {
  if (!covers(principal, state)) throw new JurisdictionForbiddenError(state ?? 'of this record');
  return state;
}
