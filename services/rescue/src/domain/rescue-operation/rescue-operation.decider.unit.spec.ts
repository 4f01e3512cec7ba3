import { given } from '@setu/decider/testing';
import { CommandRejected } from '@setu/decider';
import type { OpenOperation, RescueOperationCommand } from './rescue-operation.commands';
import { rescueOperationDecider } from './rescue-operation.decider';
import type { RescueOperationEvent } from './rescue-operation.events';

const operationId = '01960000-0000-7000-8000-000000000001';
const caseId = '01960000-0000-7000-8000-0000000000c1';
const startedAt = '2026-03-10T04:30:00.000Z';
const at = (iso: string): Date => new Date(iso);

const open: OpenOperation = {
  type: 'OpenOperation',
  occurredAt: at(startedAt),
  data: {
    operationId,
    state: 'RJ',
    districtCode: 'RJ-JPR',
    policeStation: 'Ramganj',
    workshopAddress: 'House 12, Example Lane, Ramganj Bazaar, Jaipur',
    team: [{ agency: 'ahtu', organisation: 'AHTU Jaipur', members: 6 }, { agency: 'childline' }, { agency: 'ngo' }],
    leadAgency: 'ahtu',
    informedBy: { channel: 'ngo' },
    childrenReported: 25,
  },
};
const opened: RescueOperationEvent = { type: 'rescue.OperationOpened', data: { ...open.data, startedAt } };
const closed: RescueOperationEvent = { type: 'rescue.OperationClosed', data: { operationId, closedAt: '2026-03-10T09:00:00.000Z', childrenIdentified: 0 } };
const linked: RescueOperationEvent = {
  type: 'rescue.ChildIdentifiedInOperation',
  data: { operationId, caseId, reference: 'RJ-JPR-2026-00042', identifiedAt: '2026-03-10T05:00:00.000Z' },
};

const command = <C extends RescueOperationCommand>(type: C['type'], occurredAt: string, data: C['data']): RescueOperationCommand =>
  ({ type, occurredAt: at(occurredAt), data }) as RescueOperationCommand;
const personsFound = (time: string) =>
  command('RecordPersonsFound', time, {
    persons: [
      { personId: 'p-1', name: 'Mohan Lal', aliases: [], role: 'employer', detained: true },
      { personId: 'p-2', name: 'Suresh', aliases: ['Sureshwa'], role: 'trafficker', detained: false, homeDistrictCode: 'BR-GAY' },
    ],
  });
const evidence = (time: string) =>
  command('RecordEvidence', time, { collectedBy: 'ahtu', items: [{ kind: 'photographs', quantity: 14 }, { kind: 'wage_or_attendance_records' }] });
const identified = (time: string, id = caseId) => command('RecordChildIdentified', time, { caseId: id, reference: 'RJ-JPR-2026-00042' });
const close = (time: string) => command('CloseOperation', time, {});

const decider = given(rescueOperationDecider);
const rejected = (code: string, field?: string) => (error: unknown) =>
  error instanceof CommandRejected && error.code === code && (field === undefined || error.errors.some((e) => e.field === field));

describe('OpenOperation', () => {
  it('opens the operation with its start time', () => {
    decider([]).when(open).then([opened]);
  });

  it('refuses to open it twice', () => {
    const error = decider([opened]).when(open).thenThrows(CommandRejected);
    expect(error).toMatchObject({ code: 'OPERATION_ALREADY_OPENED', category: 'conflict' });
  });

  it('refuses a lead agency that is not in the team', () => {
    const error = decider([]).when({ ...open, data: { ...open.data, leadAgency: 'labour_department' } }).thenThrows(CommandRejected);
    expect(error).toMatchObject({ code: 'LEAD_AGENCY_NOT_IN_TEAM', category: 'unprocessable', errors: [{ field: 'leadAgency' }] });
  });
});

describe('RecordPersonsFound', () => {
  it('records each person found at the scene', () => {
    const foundAt = '2026-03-10T04:45:00.000Z';
    decider([opened])
      .when(personsFound(foundAt))
      .then([
        { type: 'rescue.PersonFoundAtScene', data: { operationId, foundAt, personId: 'p-1', name: 'Mohan Lal', aliases: [], role: 'employer', detained: true } },
        {
          type: 'rescue.PersonFoundAtScene',
          data: { operationId, foundAt, personId: 'p-2', name: 'Suresh', aliases: ['Sureshwa'], role: 'trafficker', detained: false, homeDistrictCode: 'BR-GAY' },
        },
      ]);
  });

  it('refuses an unknown operation', () => {
    decider([]).when(personsFound('2026-03-10T04:45:00Z')).thenThrows(rejected('OPERATION_NOT_FOUND'));
  });

  it('refuses a time before the raid began', () => {
    decider([opened]).when(personsFound('2026-03-10T04:29:59Z')).thenThrows(rejected('STEP_BEFORE_RESCUE', 'foundAt'));
  });

  it('refuses a time after the operation closed', () => {
    decider([opened, closed]).when(personsFound('2026-03-10T09:00:01Z')).thenThrows(rejected('AFTER_OPERATION_CLOSED', 'foundAt'));
  });

  it('accepts a fact of the scene recorded after the close, dated before it', () => {
    const foundAt = '2026-03-10T08:00:00.000Z';
    decider([opened, closed]).when(command('RecordPersonsFound', foundAt, { persons: [] })).then([]);
    decider([opened, closed])
      .when(command('RecordPersonsFound', foundAt, { persons: [{ personId: 'p-3', name: 'Ramesh', aliases: [], role: 'agent', detained: false }] }))
      .then([{ type: 'rescue.PersonFoundAtScene', data: { operationId, foundAt, personId: 'p-3', name: 'Ramesh', aliases: [], role: 'agent', detained: false } }]);
  });
});

describe('RecordEvidence', () => {
  it('records the evidence collected', () => {
    decider([opened])
      .when(evidence('2026-03-10T05:30:00Z'))
      .then([
        {
          type: 'rescue.EvidenceCollected',
          data: {
            operationId,
            collectedAt: '2026-03-10T05:30:00.000Z',
            collectedBy: 'ahtu',
            items: [{ kind: 'photographs', quantity: 14 }, { kind: 'wage_or_attendance_records' }],
          },
        },
      ]);
  });

  it('refuses an unknown operation', () => {
    decider([]).when(evidence('2026-03-10T05:30:00Z')).thenThrows(rejected('OPERATION_NOT_FOUND'));
  });

  it('refuses a time before the raid', () => {
    decider([opened]).when(evidence('2026-03-09T05:30:00Z')).thenThrows(rejected('STEP_BEFORE_RESCUE', 'collectedAt'));
  });

  it('refuses a time after the close', () => {
    decider([opened, closed]).when(evidence('2026-03-11T05:30:00Z')).thenThrows(rejected('AFTER_OPERATION_CLOSED', 'collectedAt'));
  });
});

describe('RecordPremisesSealing', () => {
  const sealed = (time: string) => command('RecordPremisesSealing', time, { sealed: true, sealedBy: 'labour_department', orderReference: 'LD/JPR/2026/117' });
  const unsealed = (time: string) => command('RecordPremisesSealing', time, { sealed: false, reason: 'no order from the SDM' });

  it('records that the premises were sealed, even days after the raid closed', () => {
    decider([opened, closed])
      .when(sealed('2026-03-12T06:00:00Z'))
      .then([
        {
          type: 'rescue.PremisesSealed',
          data: { operationId, sealedAt: '2026-03-12T06:00:00.000Z', sealedBy: 'labour_department', orderReference: 'LD/JPR/2026/117' },
        },
      ]);
  });

  it('records that the premises were left unsealed', () => {
    decider([opened])
      .when(unsealed('2026-03-10T08:30:00Z'))
      .then([{ type: 'rescue.PremisesLeftUnsealed', data: { operationId, decidedAt: '2026-03-10T08:30:00.000Z', reason: 'no order from the SDM' } }]);
  });

  it('refuses an unknown operation', () => {
    decider([]).when(sealed('2026-03-10T08:30:00Z')).thenThrows(rejected('OPERATION_NOT_FOUND'));
  });

  it('refuses a time before the raid, naming the field of each variant', () => {
    decider([opened]).when(sealed('2026-03-10T04:00:00Z')).thenThrows(rejected('STEP_BEFORE_RESCUE', 'sealedAt'));
    decider([opened]).when(unsealed('2026-03-10T04:00:00Z')).thenThrows(rejected('STEP_BEFORE_RESCUE', 'decidedAt'));
  });
});

describe('RecordChildIdentified', () => {
  it('links the child\'s case to the operation', () => {
    decider([opened]).when(identified('2026-03-10T05:00:00Z')).then([linked]);
  });

  it('links a case once: a retried link writes nothing', () => {
    decider([opened, linked]).when(identified('2026-03-10T05:00:00Z')).then([]);
  });

  it('refuses an unknown operation', () => {
    decider([]).when(identified('2026-03-10T05:00:00Z')).thenThrows(rejected('OPERATION_NOT_FOUND'));
  });

  it('refuses a time before the raid', () => {
    decider([opened]).when(identified('2026-03-10T04:00:00Z')).thenThrows(rejected('STEP_BEFORE_RESCUE', 'identifiedAt'));
  });

  it('refuses a time after the close', () => {
    decider([opened, closed]).when(identified('2026-03-10T10:00:00Z', 'other-case')).thenThrows(rejected('AFTER_OPERATION_CLOSED', 'identifiedAt'));
  });
});

describe('CloseOperation', () => {
  it('closes the operation, counting the children identified', () => {
    decider([opened, linked])
      .when(close('2026-03-10T09:00:00Z'))
      .then([{ type: 'rescue.OperationClosed', data: { operationId, closedAt: '2026-03-10T09:00:00.000Z', childrenIdentified: 1 } }]);
  });

  it('is a no-op when closed again at the same time', () => {
    decider([opened, closed]).when(close('2026-03-10T09:00:00Z')).then([]);
  });

  it('refuses another closing time', () => {
    decider([opened, closed]).when(close('2026-03-10T10:00:00Z')).thenThrows(rejected('OPERATION_ALREADY_CLOSED'));
  });

  it('refuses an unknown operation', () => {
    decider([]).when(close('2026-03-10T09:00:00Z')).thenThrows(rejected('OPERATION_NOT_FOUND'));
  });

  it('refuses a close before the raid began', () => {
    decider([opened]).when(close('2026-03-10T04:00:00Z')).thenThrows(rejected('STEP_BEFORE_RESCUE', 'closedAt'));
  });

  it('refuses a close before a fact already recorded at the scene', () => {
    decider([opened, linked]).when(close('2026-03-10T04:50:00Z')).thenThrows(rejected('CLOSED_BEFORE_RECORDED_FACT', 'closedAt'));
  });
});
