import type { CodeRef } from '@setu/service-kit';
import type { OpenCase, ReintegrationCaseCommand, RepatriationBatchCommand } from '../domain';

// The district codes a fact names, by request field. A fact in the home state names a district
// of Bihar. The handlers check them with `assertKnownCodes` (422), not the DTOs.

const anywhere = (field: string, code: string | undefined): CodeRef => ({ kind: 'district', field, code });
const inBihar = (field: string, code: string | undefined): CodeRef => ({ kind: 'district', field, code, state: 'BR' });

/** The districts an opening names: the home district (in Bihar), and where the child worked. */
export function openingDistricts(child: Pick<OpenCase['data'], 'home' | 'workedInDistrict'>): CodeRef[] {
  return [inBihar('home.districtCode', child.home.districtCode), anywhere('workedInDistrict', child.workedInDistrict)];
}

/** The districts a case fact names. */
export function caseDistricts(command: ReintegrationCaseCommand): CodeRef[] {
  switch (command.type) {
    case 'OpenCase':
      return openingDistricts(command.data);
    case 'OrderTransfer':
      return [anywhere('orderingDistrict', command.data.orderingDistrict), inBihar('receivingDistrict', command.data.receivingDistrict)];
    case 'AcceptTransfer':
    case 'RefuseTransfer':
      return [inBihar('decidingDistrict', command.data.decidingDistrict)];
    case 'RecordSentHomeOutsideChannel':
    case 'AssignFieldworker':
      return [inBihar('homeDistrict', command.data.homeDistrict)];
    case 'RecordSchoolEnrolment':
      return [inBihar('schoolDistrict', command.data.schoolDistrict)];
    case 'ConfirmReTrafficking':
      return [anywhere('foundInDistrict', command.data.foundInDistrict)];
    case 'AssessNeeds':
    case 'RecordFollowUpVisit':
    case 'ApplyForEntitlement':
    case 'RecordEntitlementReceived':
    case 'RecordLivelihoodSupport':
    case 'ReportThreat':
    case 'RecordThreatReportedToPolice':
    case 'SuspectReTrafficking':
    case 'RuleOutReTrafficking':
    case 'CloseCase':
    case 'ReopenCase':
      return [];
    default: {
      const unknown: never = command;
      return unknown;
    }
  }
}

/** The districts a batch fact names. */
export function batchDistricts(command: RepatriationBatchCommand): CodeRef[] {
  switch (command.type) {
    case 'PlanBatch':
      return [anywhere('fromDistrict', command.data.fromDistrict)];
    case 'RecordArrival':
      return [inBihar('arrivalDistrict', command.data.arrivalDistrict)];
    case 'RecordHandover':
      return [inBihar('receivingDistrict', command.data.receivingDistrict)];
    case 'AddChildToBatch':
    case 'RemoveChildFromBatch':
    case 'RescheduleDeparture':
    case 'RecordDeparture':
      return [];
    default: {
      const unknown: never = command;
      return unknown;
    }
  }
}
