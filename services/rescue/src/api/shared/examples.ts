// Synthetic examples for the OpenAPI document. Every person here is made up.

export const EXAMPLE_OPERATION_ID = '0195d3a4-7c10-7a3e-9b21-4f6c2d8e1a01';
export const EXAMPLE_CASE_ID = '0195d3a6-02b4-7d51-8e0a-2c7b9f4d3e12';
export const EXAMPLE_PERSON_ID = '0195d3a5-1f00-7c22-a4d1-6b0e8c3f2a90';
export const EXAMPLE_REFERENCE = 'RJ-JPR-2026-00042';

export const EXAMPLE_OPERATION = {
  operationId: EXAMPLE_OPERATION_ID,
  status: 'closed',
  state: 'RJ',
  districtCode: 'RJ-JPR',
  policeStation: 'Ramganj',
  workshopAddress: 'House 12, Example Lane, Ramganj Bazaar, Jaipur',
  startedAt: '2026-03-10T04:30:00.000Z',
  team: [
    { agency: 'ahtu', organisation: 'AHTU Jaipur', members: 6 },
    { agency: 'labour_department', organisation: 'Labour Department, Jaipur', members: 2 },
    { agency: 'childline', organisation: 'Childline 1098 Jaipur', members: 2 },
    { agency: 'ngo', organisation: 'Bal Suraksha Sangathan', members: 3 },
  ],
  leadAgency: 'ahtu',
  informedBy: { channel: 'ngo', details: 'A returned child said boys from Gaya work in a bangle workshop in Ramganj.' },
  childrenReported: 25,
  personsFound: [
    {
      personId: EXAMPLE_PERSON_ID,
      foundAt: '2026-03-10T04:40:00.000Z',
      name: 'Mohan Lal',
      aliases: [],
      role: 'employer',
      detained: true,
    },
  ],
  evidence: [
    {
      collectedAt: '2026-03-10T05:30:00.000Z',
      collectedBy: 'ahtu',
      items: [
        { kind: 'photographs', quantity: 14 },
        { kind: 'wage_or_attendance_records', description: 'attendance register, 2 notebooks', quantity: 2 },
      ],
    },
  ],
  evidenceChecklist: {
    statements: false,
    photographs: true,
    wage_or_attendance_records: true,
    tools_and_materials: false,
    other: false,
  },
  premises: { sealed: true, sealedAt: '2026-03-10T08:30:00.000Z', sealedBy: 'labour_department', orderReference: 'LD/JPR/2026/117' },
  children: [{ caseId: EXAMPLE_CASE_ID, reference: EXAMPLE_REFERENCE, identifiedAt: '2026-03-10T05:00:00.000Z' }],
  closedAt: '2026-03-10T09:00:00.000Z',
  childrenIdentifiedAtClose: 1,
};

export const EXAMPLE_CHILD = {
  identifiedAt: '2026-03-10T10:30:00+05:30',
  names: [
    { text: 'राहुल कुमार', script: 'Deva' },
    { text: 'Rahul Kumar', script: 'Latn' },
  ],
  aliases: ['Rahul Kr.', 'Golu'],
  guardian: { name: 'Suresh Paswan', relation: 'father' },
  sex: 'male',
  ageStated: 12,
  ageAssessed: { years: 13, method: 'visual_estimate' },
  languages: ['mag', 'hin'],
  interpreterNeeded: true,
  home: { state: 'BR', districtCode: 'BR-GAY', block: 'Belaganj', village: 'Example Village' },
  workingConditions: {
    work: 'bangle_making',
    hoursPerDay: 14,
    monthsAtWorkplace: 8,
    paid: false,
    description: 'Worked at a furnace in a closed room; slept in the workshop.',
  },
};

export const EXAMPLE_CASE = {
  caseId: EXAMPLE_CASE_ID,
  reference: EXAMPLE_REFERENCE,
  operationId: EXAMPLE_OPERATION_ID,
  rescueState: 'RJ',
  rescueDistrictCode: 'RJ-JPR',
  rescuedAt: '2026-03-10T04:30:00.000Z',
  ...EXAMPLE_CHILD,
  identifiedAt: '2026-03-10T05:00:00.000Z',
  heldAt: [
    { place: 'police_station', placeName: 'Ramganj', from: '2026-03-10T06:00:00.000Z', to: '2026-03-10T15:00:00.000Z' },
    { place: 'child_friendly_space', placeName: 'Childline drop-in centre, Jaipur', from: '2026-03-10T15:00:00.000Z' },
  ],
  counsellorVisits: [{ attendedAt: '2026-03-10T07:00:00.000Z', counsellor: 'Counsellor A. Sharma', organisation: 'DCR counsellor panel' }],
  medicalExaminations: [
    {
      examinedAt: '2026-03-10T10:00:00.000Z',
      facility: 'District Hospital, Jaipur',
      examinedBy: 'Medical officer on duty',
      injuriesRecorded: true,
      reportReference: 'MLC/2026/0311',
    },
  ],
  ageAssessments: [{ assessedAt: '2026-03-12T06:00:00.000Z', method: 'ossification_test', years: 13, rangeFrom: 12, rangeTo: 14 }],
  interpreters: [{ providedAt: '2026-03-10T06:30:00.000Z', language: 'mag', organisation: 'Childline 1098 Jaipur' }],
  cwcProductions: [{ producedAt: '2026-03-11T11:00:00.000Z', cwcDistrictCode: 'RJ-JPR', cwcName: 'CWC Jaipur I' }],
  cwcOrders: [
    {
      orderedAt: '2026-03-11T12:00:00.000Z',
      cwcDistrictCode: 'RJ-JPR',
      order: 'shelter_placement',
      shelterHome: { name: 'Government Children\'s Home, Jaipur', districtCode: 'RJ-JPR' },
      orderReference: 'CWC/JPR/2026/388',
    },
  ],
};
