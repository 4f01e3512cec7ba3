import { DISTRICTS } from '@setu/contracts';
import { DomainError, type FieldError } from '@setu/platform';
import type { CareCommand } from '../../domain';

const stateOf = new Map(DISTRICTS.map((d) => [d.code, d.state]));

interface CodeRef {
  readonly field: string;
  readonly code: string | undefined;
  /** The state the district must be in (a shelter home of the care service is in Rajasthan). */
  readonly state?: 'RJ' | 'BR';
}

/**
 * Refuses unknown district codes (422, every bad field named). Codes change with the reference
 * data, not with the schema, so they are checked here and not in the DTOs.
 */
export function assertKnownDistricts(command: CareCommand): void {
  const errors = codesOf(command).flatMap(problemOf);
  if (errors.length === 0) return;
  throw new DomainError('UNKNOWN_CODE', 'unprocessable', `The request has ${errors.length} unknown district code${errors.length === 1 ? '' : 's'}.`, {
    errors,
    extensions: { see: '/reference/districts' },
  });
}

function codesOf(command: CareCommand): CodeRef[] {
  switch (command.type) {
    case 'AdmitToShelter':
      return [{ field: 'home.districtCode', code: command.data.home.districtCode, state: 'RJ' }];
    case 'TransferBetweenHomes':
      return [
        { field: 'fromHome.districtCode', code: command.data.fromHome.districtCode, state: 'RJ' },
        { field: 'toHome.districtCode', code: command.data.toHome.districtCode, state: 'RJ' },
      ];
    case 'Discharge':
      return [{ field: 'destinationDistrictCode', code: command.data.destinationDistrictCode }];
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

function problemOf(ref: CodeRef): FieldError[] {
  if (ref.code === undefined) return [];
  const state = stateOf.get(ref.code);
  if (state === undefined) return [{ field: ref.field, message: `${ref.code} is not a known district code` }];
  if (ref.state !== undefined && state !== ref.state) return [{ field: ref.field, message: `${ref.code} is not a district of ${ref.state}` }];
  return [];
}
