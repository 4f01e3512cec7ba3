import type { CareEvent } from '@setu/contracts';
import type { Decider } from '@setu/decider';
import { createCarePlan, reviewCarePlan } from './care-plan.decide';
import type { CareCommand } from './care.commands';
import { evolveCare, initialCareState, recordOf, type CareState } from './care.state';
import { assessLearningLevel, issueReportCard } from './education.decide';
import { admit, discharge, recordFound, reportMissing, transfer } from './placement.decide';

/**
 * A child's care in Rajasthan (`care-<caseId>`): placement in shelter homes, counselling, the care
 * plan, health checks, learning tests, the bank account and discharge. Any of them may come first
 * (the injury report and the first counselling precede admission), and facts entered late or out
 * of order are recorded for the gap reports; only self-contradicting or repeated facts are refused.
 */
export const careDecider: Decider<CareCommand, CareEvent, CareState> = {
  initialState: initialCareState,
  evolve: evolveCare,
  decide(command, state) {
    const record = recordOf(state, command.data.caseId);
    switch (command.type) {
      case 'AdmitToShelter':
        return admit(command, record);
      case 'TransferBetweenHomes':
        return transfer(command, record);
      case 'ReportMissing':
        return reportMissing(command, record);
      case 'RecordFound':
        return recordFound(command, record);
      case 'Discharge':
        return discharge(command, record);
      case 'RecordCounsellingSession':
        return [{ type: 'care.CounsellingSessionHeld', data: command.data }];
      case 'CreateCarePlan':
        return createCarePlan(command, record);
      case 'ReviewCarePlan':
        return reviewCarePlan(command, record);
      case 'RecordHealthCheck':
        return [{ type: 'care.HealthCheckRecorded', data: command.data }];
      case 'RecordLearningAssessment':
        return assessLearningLevel(command, record);
      case 'IssueReportCard':
        return issueReportCard(command, record);
      case 'RecordBankAccount':
        return [{ type: 'care.BankAccountOpened', data: command.data }];
      default: {
        const unknown: never = command;
        throw new Error(`unknown care command ${JSON.stringify(unknown)}`);
      }
    }
  },
};
