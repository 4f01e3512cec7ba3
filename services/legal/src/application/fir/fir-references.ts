import type { FirCommand } from '../../domain/fir/fir.commands';
import type { Ref } from '../references/reference-checks';

/** What a FIR command refers to outside its stream, named by the request fields they came from. */
export interface FirReferences {
  readonly district?: Ref;
  readonly sections: readonly Ref[];
  readonly cases: readonly Ref[];
}

const NONE: FirReferences = { sections: [], cases: [] };

export function referencesOf(command: FirCommand): FirReferences {
  switch (command.type) {
    case 'RegisterFir':
      return {
        district: { field: 'district', value: command.data.district },
        sections: command.data.sections.map((value, i) => ({ field: `sections[${i}]`, value })),
        cases: victimRefs(command.data.victims),
      };
    case 'AddVictims':
      return { sections: [], cases: victimRefs(command.data.caseIds) };
    case 'FileChargeSheet':
      return { sections: command.data.sections.map((value, i) => ({ field: `sections[${i}]`, value })), cases: [] };
    case 'RecordJudgment':
      return {
        sections: command.data.verdicts.flatMap((v, i) => v.sections.map((value, j) => ({ field: `verdicts[${i}].sections[${j}]`, value }))),
        cases: [],
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
function victimRefs(caseIds: readonly string[]): Ref[] {
  return caseIds.map((value, i) => ({ field: `victims[${i}].caseId`, value }));
}
