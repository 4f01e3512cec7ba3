import { given } from '@setu/decider/testing';
import { CommandRejected } from '@setu/decider';
import type { IdentifyChild, RescueCaseStep } from './rescue-case.commands';
import { rescueCaseDecider } from './rescue-case.decider';
import type { RescueCaseEvent } from './rescue-case.events';

const caseId = '01960000-0000-7000-8000-0000000000c1';
const rescuedAt = '2026-03-10T04:30:00.000Z';
const at = (iso: string): Date => new Date(iso);

const identify: IdentifyChild = {
  type: 'IdentifyChild',
  occurredAt: at('2026-03-10T05:00:00Z'),
  data: {
    caseId,
    reference: 'RJ-JPR-2026-00042',
    operationId: '01960000-0000-7000-8000-000000000001',
    rescueState: 'RJ',
    rescueDistrictCode: 'RJ-JPR',
    rescuedAt: at(rescuedAt),
    names: [{ text: 'राहुल कुमार', script: 'Deva' }, { text: 'Rahul Kumar', script: 'Latn' }],
    aliases: ['Rahul Kr.'],
    guardian: { name: 'Suresh Paswan', relation: 'father' },
    sex: 'male',
    ageStated: 12,
    ageAssessed: { years: 13, method: 'visual_estimate' },
    languages: ['mag', 'hin'],
    interpreterNeeded: true,
    home: { state: 'BR', districtCode: 'BR-GAY', block: 'Belaganj', village: 'Example Village' },
    workingConditions: { work: 'bangle_making', hoursPerDay: 14, monthsAtWorkplace: 8, paid: false },
  },
};
const identified: RescueCaseEvent = {
  type: 'rescue.ChildIdentified',
  data: { ...identify.data, rescuedAt, identifiedAt: '2026-03-10T05:00:00.000Z' },
};
const produced: RescueCaseEvent = {
  type: 'rescue.ProducedBeforeCwc',
  data: { caseId, producedAt: '2026-03-11T11:00:00.000Z', cwcDistrictCode: 'RJ-JPR', cwcName: 'CWC Jaipur I' },
};

const step = <C extends RescueCaseStep>(type: C['type'], occurredAt: string, data: C['data']): RescueCaseStep =>
  ({ type, occurredAt: at(occurredAt), data }) as RescueCaseStep;
const decider = given(rescueCaseDecider);
const rejected = (code: string, field?: string) => (error: unknown) =>
  error instanceof CommandRejected && error.code === code && (field === undefined || error.errors.some((e) => e.field === field));

describe('IdentifyChild', () => {
  it('opens the case with the rescue time and the identification time', () => {
    decider([]).when(identify).then([identified]);
  });

  it('refuses to open the case twice', () => {
    decider([identified]).when(identify).thenThrows(rejected('CASE_ALREADY_OPENED'));
  });

  it('refuses an identification before the raid began', () => {
    decider([]).when({ ...identify, occurredAt: at('2026-03-10T04:00:00Z') }).thenThrows(rejected('STEP_BEFORE_RESCUE', 'identifiedAt'));
  });
});

/** Each step: its command, the field of its time, and the event it records. */
const steps: readonly { command: RescueCaseStep; field: string; event: RescueCaseEvent }[] = [
  {
    command: step('RecordChildHeld', '2026-03-10T06:00:00Z', { place: 'police_station', placeName: 'Ramganj', to: at('2026-03-11T09:00:00Z') }),
    field: 'from',
    event: {
      type: 'rescue.ChildHeld',
      data: { caseId, place: 'police_station', placeName: 'Ramganj', from: '2026-03-10T06:00:00.000Z', to: '2026-03-11T09:00:00.000Z' },
    },
  },
  {
    command: step('RecordCounsellorAttended', '2026-03-10T07:00:00Z', { counsellor: 'Counsellor A. Sharma', organisation: 'DCR panel' }),
    field: 'attendedAt',
    event: {
      type: 'rescue.CounsellorAttended',
      data: { caseId, attendedAt: '2026-03-10T07:00:00.000Z', counsellor: 'Counsellor A. Sharma', organisation: 'DCR panel' },
    },
  },
  {
    command: step('RecordMedicalExamination', '2026-03-10T10:00:00Z', {
      facility: 'SMS Hospital, Jaipur',
      examinedBy: 'Medical officer on duty',
      injuriesRecorded: true,
      reportReference: 'MLC/2026/0311',
    }),
    field: 'examinedAt',
    event: {
      type: 'rescue.MedicalExaminationConducted',
      data: {
        caseId,
        examinedAt: '2026-03-10T10:00:00.000Z',
        facility: 'SMS Hospital, Jaipur',
        examinedBy: 'Medical officer on duty',
        injuriesRecorded: true,
        reportReference: 'MLC/2026/0311',
      },
    },
  },
  {
    command: step('RecordAgeAssessment', '2026-03-12T10:00:00Z', { method: 'ossification_test', years: 13, rangeFrom: 12, rangeTo: 14 }),
    field: 'assessedAt',
    event: {
      type: 'rescue.AgeAssessed',
      data: { caseId, assessedAt: '2026-03-12T10:00:00.000Z', method: 'ossification_test', years: 13, rangeFrom: 12, rangeTo: 14 },
    },
  },
  {
    command: step('RecordInterpreterProvided', '2026-03-10T06:30:00Z', { language: 'mag', organisation: 'Childline 1098 Jaipur' }),
    field: 'providedAt',
    event: {
      type: 'rescue.InterpreterProvided',
      data: { caseId, providedAt: '2026-03-10T06:30:00.000Z', language: 'mag', organisation: 'Childline 1098 Jaipur' },
    },
  },
  {
    command: step('RecordProductionBeforeCwc', '2026-03-11T11:00:00Z', { cwcDistrictCode: 'RJ-JPR', cwcName: 'CWC Jaipur I' }),
    field: 'producedAt',
    event: produced,
  },
  {
    command: step('RecordCwcOrder', '2026-03-11T12:00:00Z', {
      cwcDistrictCode: 'RJ-JPR',
      order: 'shelter_placement',
      shelterHome: { name: 'Government Children\'s Home, Jaipur', districtCode: 'RJ-JPR' },
    }),
    field: 'orderedAt',
    event: {
      type: 'rescue.CwcOrderIssued',
      data: {
        caseId,
        orderedAt: '2026-03-11T12:00:00.000Z',
        cwcDistrictCode: 'RJ-JPR',
        order: 'shelter_placement',
        shelterHome: { name: 'Government Children\'s Home, Jaipur', districtCode: 'RJ-JPR' },
      },
    },
  },
];

describe.each(steps.map((s) => [s.command.type, s] as const))('%s', (_, { command, field, event }) => {
  it('records the step with the time it happened', () => {
    decider([identified]).when(command).then([event]);
  });

  it('refuses an unknown case', () => {
    decider([]).when(command).thenThrows(rejected('CASE_NOT_FOUND'));
  });

  it('refuses a time before the rescue, naming the field', () => {
    const error = decider([identified]).when({ ...command, occurredAt: at('2026-03-10T04:29:00Z') }).thenThrows(CommandRejected);
    expect(error).toMatchObject({ code: 'STEP_BEFORE_RESCUE', category: 'unprocessable', errors: [{ field }] });
  });

  it('accepts it late and out of order: 27 hours after the rescue, after steps that came later', () => {
    const late = { ...command, occurredAt: at('2026-03-11T08:00:00Z') } as RescueCaseStep;
    expect(rescueCaseDecider.decide(late, rescueCaseDecider.evolve(rescueCaseDecider.initialState(), identified))).toHaveLength(1);
    const afterLaterSteps = steps.map((s) => s.event).filter((e) => e.type !== 'rescue.ProducedBeforeCwc');
    decider([identified, ...afterLaterSteps]).when(command).then([event]);
  });
});

describe('RecordChildHeld', () => {
  it('records a stay whose end is not known yet', () => {
    decider([identified])
      .when(step('RecordChildHeld', '2026-03-10T06:00:00Z', { place: 'child_friendly_space' }))
      .then([{ type: 'rescue.ChildHeld', data: { caseId, place: 'child_friendly_space', from: '2026-03-10T06:00:00.000Z' } }]);
  });

  it('refuses an end before the start', () => {
    decider([identified])
      .when(step('RecordChildHeld', '2026-03-10T06:00:00Z', { place: 'police_station', to: at('2026-03-10T05:59:00Z') }))
      .thenThrows(rejected('HELD_UNTIL_BEFORE_FROM', 'to'));
  });
});

describe('RecordProductionBeforeCwc', () => {
  it('accepts a production 40 hours after the rescue: a gap to report, not an error', () => {
    decider([identified])
      .when(step('RecordProductionBeforeCwc', '2026-03-11T20:30:00Z', { cwcDistrictCode: 'RJ-JPR' }))
      .then([{ type: 'rescue.ProducedBeforeCwc', data: { caseId, producedAt: '2026-03-11T20:30:00.000Z', cwcDistrictCode: 'RJ-JPR' } }]);
  });
});

describe('RecordAgeAssessment', () => {
  const assess = (data: { years: number; rangeFrom?: number; rangeTo?: number }) =>
    step('RecordAgeAssessment', '2026-03-12T10:00:00Z', { method: 'ossification_test', ...data });

  it('refuses a range that does not contain the age, naming the bounds given', () => {
    decider([identified]).when(assess({ years: 16, rangeFrom: 12, rangeTo: 14 })).thenThrows(rejected('AGE_RANGE_INVALID', 'rangeTo'));
    const error = decider([identified]).when(assess({ years: 10, rangeFrom: 12 })).thenThrows(CommandRejected);
    expect(error.errors.map((e) => e.field)).toEqual(['rangeFrom']);
  });

  it('refuses an upside-down range', () => {
    decider([identified]).when(assess({ years: 13, rangeFrom: 14, rangeTo: 12 })).thenThrows(rejected('AGE_RANGE_INVALID', 'rangeFrom'));
  });
});

describe('RecordCwcOrder', () => {
  const order = (time: string) => step('RecordCwcOrder', time, { cwcDistrictCode: 'RJ-JPR', order: 'other' });

  it('refuses an order before the child was first produced before a committee', () => {
    decider([identified, produced]).when(order('2026-03-11T10:59:00Z')).thenThrows(rejected('ORDER_BEFORE_PRODUCTION', 'orderedAt'));
  });

  it('accepts an order when no production is recorded yet: it may be entered later', () => {
    decider([identified])
      .when(order('2026-03-11T10:00:00Z'))
      .then([{ type: 'rescue.CwcOrderIssued', data: { caseId, orderedAt: '2026-03-11T10:00:00.000Z', cwcDistrictCode: 'RJ-JPR', order: 'other' } }]);
  });
});
