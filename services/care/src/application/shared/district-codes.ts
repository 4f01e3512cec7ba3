import { assertKnownCodes, type CodeRef } from '@setu/service-kit';
import type { CareCommand } from '../../domain';
import { CARE_JURISDICTION } from './care-source';

/** Refuses unknown district codes, and shelter homes outside Rajasthan (422 `UNKNOWN_CODE`). */
export function assertKnownDistricts(command: CareCommand): void {
  assertKnownCodes(codesOf(command));
}

function codesOf(command: CareCommand): CodeRef[] {
  switch (command.type) {
    case 'AdmitToShelter':
      return [{ kind: 'district', field: 'home.districtCode', code: command.data.home.districtCode, state: CARE_JURISDICTION }];
    case 'TransferBetweenHomes':
      return [
        { kind: 'district', field: 'fromHome.districtCode', code: command.data.fromHome.districtCode, state: CARE_JURISDICTION },
        { kind: 'district', field: 'toHome.districtCode', code: command.data.toHome.districtCode, state: CARE_JURISDICTION },
      ];
    case 'Discharge':
      return [{ kind: 'district', field: 'destinationDistrictCode', code: command.data.destinationDistrictCode }];
    case 'ReportMissing':
    case 'RecordFound':
    case 'RecordCounsellingSession':
    case 'CreateCarePlan':
    case 'ReviewCarePlan':
    case 'RecordHealthCheck':
    case 'RecordLearningAssessment':
    case 'IssueReportCard':
    case 'RecordBankAccount':
      return [];
    default: {
      const unknown: never = command;
      return unknown;
    }
  }
}
