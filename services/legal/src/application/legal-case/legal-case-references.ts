import type { LegalCaseCommand } from '../../domain/legal-case/legal-case.commands';
import type { Ref } from '../references/reference-checks';

/** What a command on a child's legal stream refers to outside it. */
export interface LegalCaseReferences {
  readonly district?: Ref;
  readonly fir?: Ref;
}

export function referencesOf(command: LegalCaseCommand): LegalCaseReferences {
  switch (command.type) {
    case 'RecordReleaseCertificate':
      return { district: { field: 'district', value: command.data.district } };
    case 'RecordMagistrateStatement':
    case 'ApplyForCompensation':
      return command.data.firId === undefined ? {} : { fir: { field: 'firId', value: command.data.firId } };
    case 'AuthoriseLawyer':
    case 'RecordCompensationInquiry':
    case 'AwardCompensation':
    case 'RecordCompensationPayment':
    case 'RejectCompensation':
      return {};
    default: {
      const unknown: never = command;
      throw new Error(`unknown legal case command ${JSON.stringify(unknown)}`);
    }
  }
}
