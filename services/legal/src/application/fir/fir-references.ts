import type { CaseRef, CodeRef } from '@setu/service-kit';
import type { FirCommand } from '../../domain/fir/fir.commands';
import type { Ref } from '../references/reference-checks';

/** What a FIR command refers to outside its stream, named by the request fields they came from. */
export interface FirReferences {
  readonly districts: readonly CodeRef[];
  readonly sections: readonly Ref[];
  readonly cases: readonly CaseRef[];
}

const NONE: FirReferences = { districts: [], sections: [], cases: [] };

export function referencesOf(command: FirCommand): FirReferences {
  switch (command.type) {
    case 'RegisterFir':
      return {
        districts: [{ kind: 'district', field: 'district', code: command.data.district }],
        sections: command.data.sections.map((value, i) => ({ field: `sections[${i}]`, value })),
        cases: victimRefs(command.data.victims),
      };
    case 'AddVictims':
      return { ...NONE, cases: victimRefs(command.data.caseIds) };
    case 'FileChargeSheet':
      return { ...NONE, sections: command.data.sections.map((value, i) => ({ field: `sections[${i}]`, value })) };
    case 'RecordJudgment':
      return {
        ...NONE,
        sections: command.data.verdicts.flatMap((v, i) => v.sections.map((value, j) => ({ field: `verdicts[${i}].sections[${j}]`, value }))),
      };
    case 'NameAccused':
    case 'RecordAccusedStatus':
    case 'RecordBailHearing':
    case 'IssueSummons':
    case 'RecordSummonsServed':
    case 'RecordSummonsKnownToNgo':
    case 'RecordTestimony':
    case 'FileAppeal':
    case 'RecordAppealDecision':
      return NONE;
    default: {
      const unknown: never = command;
      throw new Error(`unknown FIR command ${JSON.stringify(unknown)}`);
    }
  }
}

/** The request names children as `victims: [{ caseId }]`. */
function victimRefs(caseIds: readonly string[]): CaseRef[] {
  return caseIds.map((caseId, i) => ({ field: `victims[${i}].caseId`, caseId }));
}
