import { LegalRejection } from '../legal-rejection';

export const claimNotFound = (): LegalRejection =>
  new LegalRejection('CLAIM_NOT_FOUND', 'not_found', 'The child has no compensation claim with this id.');

export const claimAlreadyMade = (): LegalRejection =>
  new LegalRejection('CLAIM_ALREADY_MADE', 'conflict', 'A compensation claim with this id already exists.');
