import { canonical } from '../shared/same-fact';
import { iso, sameInstant } from '../shared/time';
import type { RecordArrival, RecordDeparture, RecordHandover, RemoveChildFromBatch, RepatriationBatchCommand } from './repatriation-batch.commands';
import type { RepatriationBatchEvent } from './repatriation-batch.events';
import { alreadyHappened, batchAlreadyPlanned, batchNotFound, childAlreadyHandedOver, childNotInBatch } from './repatriation-batch.rejections';
import type { KnownBatch, RepatriationBatchState } from './repatriation-batch.state';

// Late and out-of-order facts are taken as they come (an arrival before its departure, a child
// added after departure); refused are a child who is not on the batch, and a second departure,
// arrival or handover at another time than the first. The same fact repeated writes nothing.
export function decideRepatriationBatch(command: RepatriationBatchCommand, state: RepatriationBatchState): RepatriationBatchEvent[] {
  const at = iso(command.occurredAt);
  if (command.type === 'PlanBatch') {
    if (state.status !== 'none') throw batchAlreadyPlanned();
    return [{ type: 'reintegration.BatchPlanned', data: { ...command.data, plannedAt: at } }];
  }
  if (state.status === 'none') throw batchNotFound();
  switch (command.type) {
    case 'AddChildToBatch':
      if (command.data.caseId in state.children) return [];
      return [{ type: 'reintegration.ChildAddedToBatch', data: { ...command.data, addedAt: at } }];
    case 'RemoveChildFromBatch':
      return removeChild(command, state);
    case 'RescheduleDeparture':
      return [{ type: 'reintegration.BatchDepartureRescheduled', data: { ...command.data, rescheduledAt: at } }];
    case 'RecordDeparture':
      return departure(command, state);
    case 'RecordArrival':
      return arrival(command, state);
    case 'RecordHandover':
      return handover(command, state);
    default: {
      const unknown: never = command;
      throw new Error(`unknown command ${JSON.stringify(unknown)}`);
    }
  }
}

function removeChild(command: RemoveChildFromBatch, state: KnownBatch): RepatriationBatchEvent[] {
  const child = state.children[command.data.caseId];
  if (child === undefined) throw childNotInBatch();
  if (child.handedOverAt !== null) throw childAlreadyHandedOver(child.handedOverAt);
  return [{ type: 'reintegration.ChildRemovedFromBatch', data: { ...command.data, removedAt: iso(command.occurredAt) } }];
}

function departure(command: RecordDeparture, state: KnownBatch): RepatriationBatchEvent[] {
  const departedAt = iso(command.occurredAt);
  if (state.departedAt !== null) {
    if (sameInstant(state.departedAt, departedAt)) return [];
    throw alreadyHappened('BATCH_ALREADY_DEPARTED', 'departedAt', state.departedAt);
  }
  return [{ type: 'reintegration.BatchDeparted', data: { ...command.data, departedAt } }];
}

function arrival(command: RecordArrival, state: KnownBatch): RepatriationBatchEvent[] {
  const arrivedAt = iso(command.occurredAt);
  if (state.arrivedAt !== null) {
    if (sameInstant(state.arrivedAt, arrivedAt)) return [];
    throw alreadyHappened('BATCH_ALREADY_ARRIVED', 'arrivedAt', state.arrivedAt);
  }
  return [{ type: 'reintegration.BatchArrived', data: { ...command.data, arrivedAt } }];
}

function handover(command: RecordHandover, state: KnownBatch): RepatriationBatchEvent[] {
  const child = state.children[command.data.caseId];
  if (child === undefined) throw childNotInBatch();
  const data = { ...command.data, handedOverAt: iso(command.occurredAt) };
  if (child.handedOverAt !== null) {
    // The same handover sent again writes nothing; another one (other time, office or officer) is refused.
    if (child.handover === canonical(data)) return [];
    throw childAlreadyHandedOver(child.handedOverAt);
  }
  return [{ type: 'reintegration.ChildHandedOver', data }];
}
