import { isBefore, iso } from '../shared/time';
import { stepBeforeRescue } from '../shared/step-before-rescue.rejection';
import type {
  CloseOperation,
  OpenOperation,
  RecordChildIdentified,
  RecordEvidence,
  RecordPersonsFound,
  RecordPremisesSealing,
  RescueOperationCommand,
} from './rescue-operation.commands';
import type { RescueOperationEvent } from './rescue-operation.events';
import {
  afterOperationClosed,
  closedBeforeRecordedFact,
  leadAgencyNotInTeam,
  operationAlreadyClosed,
  operationAlreadyOpened,
  operationNotFound,
} from './rescue-operation.rejections';
import type { ExistingOperation, RescueOperationState } from './rescue-operation.state';

export function decideRescueOperation(command: RescueOperationCommand, state: RescueOperationState): RescueOperationEvent[] {
  switch (command.type) {
    case 'OpenOperation':
      return open(command, state);
    case 'RecordPersonsFound':
      return recordPersonsFound(command, state);
    case 'RecordEvidence':
      return recordEvidence(command, state);
    case 'RecordPremisesSealing':
      return recordPremisesSealing(command, state);
    case 'RecordChildIdentified':
      return recordChildIdentified(command, state);
    case 'CloseOperation':
      return close(command, state);
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

function open(command: OpenOperation, state: RescueOperationState): RescueOperationEvent[] {
  if (state.status !== 'none') throw operationAlreadyOpened();
  if (!command.data.team.some((member) => member.agency === command.data.leadAgency)) throw leadAgencyNotInTeam();
  return [{ type: 'rescue.OperationOpened', data: { ...command.data, startedAt: iso(command.occurredAt) } }];
}

function recordPersonsFound(command: RecordPersonsFound, state: RescueOperationState): RescueOperationEvent[] {
  const operation = atTheScene(state, command.occurredAt, 'foundAt');
  const foundAt = iso(command.occurredAt);
  return command.data.persons.map((person) => ({
    type: 'rescue.PersonFoundAtScene',
    data: { operationId: operation.operationId, foundAt, ...person },
  }));
}

function recordEvidence(command: RecordEvidence, state: RescueOperationState): RescueOperationEvent[] {
  const { operationId } = atTheScene(state, command.occurredAt, 'collectedAt');
  return [{ type: 'rescue.EvidenceCollected', data: { operationId, collectedAt: iso(command.occurredAt), ...command.data } }];
}

// Sealing may follow the raid by days (an order of the SDM), so only its start bounds it.
function recordPremisesSealing(command: RecordPremisesSealing, state: RescueOperationState): RescueOperationEvent[] {
  const { operationId, startedAt } = existing(state);
  const at = iso(command.occurredAt);
  const { data } = command;
  if (data.sealed) {
    if (isBefore(command.occurredAt, startedAt)) throw stepBeforeRescue('sealedAt', startedAt);
    return [{ type: 'rescue.PremisesSealed', data: { operationId, sealedAt: at, sealedBy: data.sealedBy, orderReference: data.orderReference } }];
  }
  if (isBefore(command.occurredAt, startedAt)) throw stepBeforeRescue('decidedAt', startedAt);
  return [{ type: 'rescue.PremisesLeftUnsealed', data: { operationId, decidedAt: at, reason: data.reason } }];
}

function recordChildIdentified(command: RecordChildIdentified, state: RescueOperationState): RescueOperationEvent[] {
  const { operationId, caseIds } = atTheScene(state, command.occurredAt, 'identifiedAt');
  // The application retries the link after a failure: a case already linked is not linked twice.
  if (caseIds.includes(command.data.caseId)) return [];
  return [{ type: 'rescue.ChildIdentifiedInOperation', data: { operationId, ...command.data, identifiedAt: iso(command.occurredAt) } }];
}

function close(command: CloseOperation, state: RescueOperationState): RescueOperationEvent[] {
  const operation = existing(state);
  const closedAt = iso(command.occurredAt);
  if (operation.status === 'closed') {
    if (operation.closedAt === closedAt) return [];
    throw operationAlreadyClosed(operation.closedAt);
  }
  if (isBefore(closedAt, operation.startedAt)) throw stepBeforeRescue('closedAt', operation.startedAt);
  if (isBefore(closedAt, operation.lastSceneFactAt)) throw closedBeforeRecordedFact(operation.lastSceneFactAt);
  return [
    { type: 'rescue.OperationClosed', data: { operationId: operation.operationId, closedAt, childrenIdentified: operation.caseIds.length } },
  ];
}

function existing(state: RescueOperationState): ExistingOperation {
  if (state.status === 'none') throw operationNotFound();
  return state;
}

/** A fact of the scene happened between the raid's start and its close. */
function atTheScene(state: RescueOperationState, at: Date, field: string): ExistingOperation {
  const operation = existing(state);
  if (isBefore(at, operation.startedAt)) throw stepBeforeRescue(field, operation.startedAt);
  if (operation.status === 'closed' && isBefore(operation.closedAt, at)) throw afterOperationClosed(field, operation.closedAt);
  return operation;
}
