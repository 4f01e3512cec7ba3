import type { CodeRef } from '@setu/service-kit';
import type { LegalCaseCommand } from '../../domain/legal-case/legal-case.commands';
import type { Ref } from '../references/reference-checks';

/** What a command on a child's legal stream refers to outside it. */
export interface LegalCaseReferences {
  readonly districts?: readonly CodeRef[];
  readonly fir?: Ref;
}

export function referencesOf(command: LegalCaseCommand): LegalCaseReferences {
  switch (command.type) {
    case 'RecordReleaseCertificate':
      return { districts: [{ kind: 'district', field: 'district', code: command.data.district }] };
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
