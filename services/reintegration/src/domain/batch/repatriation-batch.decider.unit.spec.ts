import { CommandRejected } from '@setu/decider';
import { given } from '@setu/decider/testing';
import type { RepatriationBatchCommand } from './repatriation-batch.commands';
import { repatriationBatchDecider } from './repatriation-batch.decider';
import type { RepatriationBatchEvent } from './repatriation-batch.events';
import { repatriationBatchView } from './repatriation-batch.view';

const batchId = '01960000-0000-7000-8000-0000000000b1';
const [c1, c2, c3] = ['01960000-0000-7000-8000-0000000000c1', '01960000-0000-7000-8000-0000000000c2', '01960000-0000-7000-8000-0000000000c3'];

type Type = RepatriationBatchCommand['type'];
const command = <T extends Type>(type: T, occurredAt: string, data: Extract<RepatriationBatchCommand, { type: T }>['data']) =>
  ({ type, occurredAt: new Date(occurredAt), data }) as RepatriationBatchCommand;
const decider = given(repatriationBatchDecider);
const rejected = (code: string, field?: string) => (error: unknown) =>
  error instanceof CommandRejected && error.code === code && (field === undefined || error.errors.some((e) => e.field === field));

const plan = {
  batchId,
  reference: 'CWC-JPR/REP/2026/14',
  caseIds: [c1, c2],
  fromDistrict: 'RJ-JPR',
  escort: { agencyKind: 'sjpu' as const, agencyName: 'SJPU Jaipur (East)', escorts: 3 },
  transport: 'train' as const,
  plannedDepartureAt: '2026-04-15T10:00:00.000Z',
};
const planned: RepatriationBatchEvent = { type: 'reintegration.BatchPlanned', data: { ...plan, plannedAt: '2026-04-08T06:00:00.000Z' } };
const departed: RepatriationBatchEvent = { type: 'reintegration.BatchDeparted', data: { batchId, departedAt: '2026-04-16T10:30:00.000Z' } };
const arrived: RepatriationBatchEvent = {
  type: 'reintegration.BatchArrived',
  data: { batchId, arrivedAt: '2026-04-17T14:00:00.000Z', arrivalDistrict: 'BR-PAT' },
};
const handover = { batchId, caseId: c1, receivingOffice: 'Social Welfare Dept., Bihar, Patna', receivingDistrict: 'BR-PAT' };
const handedOver: RepatriationBatchEvent = { type: 'reintegration.ChildHandedOver', data: { ...handover, handedOverAt: '2026-04-17T16:00:00.000Z' } };

describe('PlanBatch', () => {
  it('plans a batch of children', () => {
    decider([]).when(command('PlanBatch', '2026-04-08T06:00:00Z', plan)).then([planned]);
  });

  it('refuses to plan it twice', () => {
    decider([planned]).when(command('PlanBatch', '2026-04-08T06:00:00Z', plan)).thenThrows(rejected('BATCH_ALREADY_PLANNED'));
  });
});

describe('every other command', () => {
  it.each<RepatriationBatchCommand>([
    command('AddChildToBatch', '2026-04-09T06:00:00Z', { batchId, caseId: c3 }),
    command('RemoveChildFromBatch', '2026-04-09T06:00:00Z', { batchId, caseId: c1, reason: 'statement_pending' }),
    command('RescheduleDeparture', '2026-04-09T06:00:00Z', { batchId, plannedDepartureAt: '2026-04-20T10:00:00.000Z' }),
    command('RecordDeparture', '2026-04-16T10:30:00Z', { batchId }),
    command('RecordArrival', '2026-04-17T14:00:00Z', { batchId, arrivalDistrict: 'BR-PAT' }),
    command('RecordHandover', '2026-04-17T16:00:00Z', handover),
  ])('$type is refused for a batch never planned', (when) => {
    decider([]).when(when).thenThrows(rejected('BATCH_NOT_FOUND'));
  });
});

describe('children on the batch', () => {
  const add = command('AddChildToBatch', '2026-04-09T06:00:00Z', { batchId, caseId: c3 });
  const remove = command('RemoveChildFromBatch', '2026-04-09T06:00:00Z', { batchId, caseId: c2, reason: 'statement_pending' });
  const removed: RepatriationBatchEvent = {
    type: 'reintegration.ChildRemovedFromBatch',
    data: { batchId, caseId: c2, reason: 'statement_pending', removedAt: '2026-04-09T06:00:00.000Z' },
  };

  it('adds a child, also after departure, and adding one already on it writes nothing', () => {
    const added: RepatriationBatchEvent = { type: 'reintegration.ChildAddedToBatch', data: { batchId, caseId: c3, addedAt: '2026-04-09T06:00:00.000Z' } };
    decider([planned]).when(add).then([added]);
    decider([planned, departed]).when(add).then([added]);
    decider([planned, added]).when(add).then([]);
  });

  it('removes a child, who can then be added again', () => {
    decider([planned]).when(remove).then([removed]);
    decider([planned, removed]).when(command('AddChildToBatch', '2026-04-10T06:00:00Z', { batchId, caseId: c2 })).then([
      { type: 'reintegration.ChildAddedToBatch', data: { batchId, caseId: c2, addedAt: '2026-04-10T06:00:00.000Z' } },
    ]);
  });

  it('refuses to remove a child who is not on the batch, or who was already handed over', () => {
    decider([planned, removed]).when(remove).thenThrows(rejected('CHILD_NOT_IN_BATCH', 'caseId'));
    decider([planned, handedOver])
      .when(command('RemoveChildFromBatch', '2026-04-18T06:00:00Z', { batchId, caseId: c1, reason: 'other' }))
      .thenThrows(rejected('CHILD_ALREADY_HANDED_OVER', 'caseId'));
  });
});

describe('the journey', () => {
  const depart = command('RecordDeparture', '2026-04-16T10:30:00Z', { batchId });
  const arrive = command('RecordArrival', '2026-04-17T14:00:00Z', { batchId, arrivalDistrict: 'BR-PAT' });

  it('reschedules the planned departure, even late', () => {
    decider([planned, departed]).when(command('RescheduleDeparture', '2026-04-12T06:00:00Z', { batchId, plannedDepartureAt: '2026-04-16T10:00:00.000Z', reason: 'escort not available' })).then([
      {
        type: 'reintegration.BatchDepartureRescheduled',
        data: { batchId, plannedDepartureAt: '2026-04-16T10:00:00.000Z', reason: 'escort not available', rescheduledAt: '2026-04-12T06:00:00.000Z' },
      },
    ]);
  });

  it('records departure and arrival, in either order of entry', () => {
    decider([planned]).when(depart).then([departed]);
    decider([planned, departed]).when(arrive).then([arrived]);
    decider([planned]).when(arrive).then([arrived]);
    decider([planned, arrived]).when(depart).then([departed]);
  });

  it('takes an arrival dated before the departure: a data-entry fact for the gap report', () => {
    const early = command('RecordArrival', '2026-04-16T09:00:00Z', { batchId, arrivalDistrict: 'BR-PAT' });
    decider([planned, departed]).when(early).then([{ ...arrived, data: { ...arrived.data, arrivedAt: '2026-04-16T09:00:00.000Z' } }]);
  });

  it('writes nothing for the same departure or arrival again, and refuses a different one', () => {
    decider([planned, departed]).when(depart).then([]);
    decider([planned, departed, arrived]).when(arrive).then([]);
    decider([planned, departed]).when(command('RecordDeparture', '2026-04-17T10:30:00Z', { batchId })).thenThrows(rejected('BATCH_ALREADY_DEPARTED', 'departedAt'));
    decider([planned, arrived]).when(command('RecordArrival', '2026-04-18T10:30:00Z', { batchId, arrivalDistrict: 'BR-PAT' })).thenThrows(
      rejected('BATCH_ALREADY_ARRIVED', 'arrivedAt'),
    );
  });
});

describe('RecordHandover', () => {
  const handOver = command('RecordHandover', '2026-04-17T16:00:00Z', handover);

  it('hands a child of the batch over to the Social Welfare Dept., even before the arrival is recorded', () => {
    decider([planned, departed, arrived]).when(handOver).then([handedOver]);
    decider([planned]).when(handOver).then([handedOver]);
  });

  it('writes nothing for the same handover again, and refuses another one of the same child', () => {
    decider([planned, handedOver]).when(handOver).then([]);
    decider([planned, handedOver]).when(command('RecordHandover', '2026-04-18T16:00:00Z', handover)).thenThrows(rejected('CHILD_ALREADY_HANDED_OVER', 'caseId'));
    // Same time, another office: a correction the API cannot take silently.
    decider([planned, handedOver])
      .when(command('RecordHandover', '2026-04-17T16:00:00Z', { ...handover, receivingOffice: 'DCPU Gaya' }))
      .thenThrows(rejected('CHILD_ALREADY_HANDED_OVER', 'caseId'));
  });

  it('refuses a child who is not on the batch', () => {
    decider([planned]).when(command('RecordHandover', '2026-04-17T16:00:00Z', { ...handover, caseId: c3 })).thenThrows(rejected('CHILD_NOT_IN_BATCH', 'caseId'));
  });
});

describe('repatriationBatchView', () => {
  it('shows the plan, the journey and each child with their handover', () => {
    const removed: RepatriationBatchEvent = {
      type: 'reintegration.ChildRemovedFromBatch',
      data: { batchId, caseId: c2, reason: 'not_fit_to_travel', removedAt: '2026-04-10T06:00:00.000Z' },
    };
    const rescheduled: RepatriationBatchEvent = {
      type: 'reintegration.BatchDepartureRescheduled',
      data: { batchId, plannedDepartureAt: '2026-04-16T10:00:00.000Z', rescheduledAt: '2026-04-12T06:00:00.000Z' },
    };
    const view = repatriationBatchView([planned, removed, rescheduled, arrived, departed, handedOver]);
    expect(view).toEqual({
      ...plan,
      caseIds: undefined,
      plannedAt: '2026-04-08T06:00:00.000Z',
      plannedDepartureAt: '2026-04-16T10:00:00.000Z',
      status: 'arrived',
      reschedules: [{ plannedDepartureAt: '2026-04-16T10:00:00.000Z', rescheduledAt: '2026-04-12T06:00:00.000Z' }],
      departedAt: '2026-04-16T10:30:00.000Z',
      arrival: { arrivedAt: '2026-04-17T14:00:00.000Z', arrivalDistrict: 'BR-PAT' },
      children: [{ caseId: c1, addedAt: '2026-04-08T06:00:00.000Z', handover: { receivingOffice: handover.receivingOffice, receivingDistrict: 'BR-PAT', handedOverAt: '2026-04-17T16:00:00.000Z' } }],
      removals: [{ caseId: c2, reason: 'not_fit_to_travel', removedAt: '2026-04-10T06:00:00.000Z' }],
    });
    expect(repatriationBatchView([])).toBeUndefined();
  });
});
