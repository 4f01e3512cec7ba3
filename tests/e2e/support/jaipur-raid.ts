import type { Client } from './journey-api';

// The raid of issue 3's journey, shared by the journeys that follow its twelve children: a raid in
// Jaipur finds twelve children from Bihar and three accused; each child's first steps after the
// rescue; the FIR. Every person, place and number is made up.

export const ist = (date: string, time: string): string => `${date}T${time}:00+05:30`;
/** A time `hours` after `time`, as the services answer times: ISO 8601 in UTC. */
export const later = (time: string, hours: number): string => new Date(Date.parse(time) + hours * 3_600_000).toISOString();

export const RAID = ist('2026-03-10', '10:00');
export const afterRaid = (hours: number): string => later(RAID, hours);

export interface ChildRow {
  readonly latin: string;
  readonly devanagari: string;
  readonly age: number;
  readonly home: string;
  /** ISO 639-3: mag Magahi, mai Maithili, hin Hindi. Maithili speakers need an interpreter in Jaipur. */
  readonly speaks: readonly string[];
  /** Where the child spent the night after the raid, until produced before the CWC. */
  readonly held: 'child_friendly_space' | 'police_station';
  readonly cwcAfterHours: number;
  /** Age by ossification test, for children whose stated age was doubted. */
  readonly assessed?: number;
  readonly statement: boolean;
  readonly paid: boolean;
}

export const CHILDREN: readonly ChildRow[] = [
  { latin: 'Rahul Kumar',    devanagari: 'राहुल कुमार',    age: 12, home: 'BR-GAY', speaks: ['mag', 'hin'], held: 'child_friendly_space', cwcAfterHours: 22, statement: true,  paid: true },
  { latin: 'Sonu Kumar',     devanagari: 'सोनू कुमार',     age: 11, home: 'BR-GAY', speaks: ['mag'],        held: 'child_friendly_space', cwcAfterHours: 22, statement: true,  paid: true },
  { latin: 'Amit Manjhi',    devanagari: 'अमित मांझी',     age: 13, home: 'BR-GAY', speaks: ['mag', 'hin'], held: 'child_friendly_space', cwcAfterHours: 22, assessed: 15, statement: true, paid: false },
  { latin: 'Vikash Paswan',  devanagari: 'विकास पासवान',   age: 14, home: 'BR-NLD', speaks: ['mag', 'hin'], held: 'police_station',       cwcAfterHours: 23, statement: true,  paid: true },
  { latin: 'Ravi Ram',       devanagari: 'रवि राम',        age: 10, home: 'BR-NLD', speaks: ['mag'],        held: 'child_friendly_space', cwcAfterHours: 23, statement: true,  paid: false },
  { latin: 'Chhotu Kumar',   devanagari: 'छोटू कुमार',     age: 9,  home: 'BR-NLD', speaks: ['mag'],        held: 'child_friendly_space', cwcAfterHours: 23, statement: true,  paid: true },
  { latin: 'Manish Yadav',   devanagari: 'मनीष यादव',      age: 15, home: 'BR-MDB', speaks: ['mai'],        held: 'police_station',       cwcAfterHours: 23, assessed: 16, statement: true, paid: false },
  { latin: 'Pintu Mandal',   devanagari: 'पिंटू मंडल',      age: 13, home: 'BR-MDB', speaks: ['mai'],        held: 'child_friendly_space', cwcAfterHours: 30, statement: true,  paid: false },
  { latin: 'Raju Sada',      devanagari: 'राजू सदा',       age: 12, home: 'BR-MDB', speaks: ['mai'],        held: 'child_friendly_space', cwcAfterHours: 23, statement: true,  paid: true },
  { latin: 'Deepak Mukhiya', devanagari: 'दीपक मुखिया',    age: 16, home: 'BR-DBG', speaks: ['mai'],        held: 'child_friendly_space', cwcAfterHours: 23, assessed: 17, statement: true, paid: false },
  { latin: 'Golu Kumar',     devanagari: 'गोलू कुमार',     age: 11, home: 'BR-GAY', speaks: ['mag'],        held: 'child_friendly_space', cwcAfterHours: 23, statement: false, paid: false },
  { latin: 'Sunil Manjhi',   devanagari: 'सुनील मांझी',     age: 14, home: 'BR-NLD', speaks: ['mag'],        held: 'child_friendly_space', cwcAfterHours: 23, statement: false, paid: false },
];

export const needsInterpreter = (child: ChildRow): boolean => child.speaks.includes('mai');
export const indexesOf = (match: (child: ChildRow) => boolean): number[] => CHILDREN.flatMap((child, i) => (match(child) ? [i] : []));

export const FOUND_AT_SCENE = [
  { name: 'Mohan Lal',      role: 'employer',   detained: true,  description: 'owner of the workshop' },
  { name: 'Kailash Mandal', role: 'trafficker', detained: true,  homeDistrictCode: 'BR-MDB', description: 'brought the children from Bihar by train' },
  { name: 'Bablu Yadav',    role: 'agent',      detained: false, homeDistrictCode: 'BR-GAY', description: 'ran out of the back door during the raid' },
] as const;

export const SHELTER = { name: 'Government Children\'s Home, Jaipur', districtCode: 'RJ-JPR' };
/** The CWC's shelter placement order of child `i`. */
export const placementOrder = (i: number): string => `CWC/JPR/2026/${388 + i}`;

export const FIR_NUMBER = '0311/2026';
const FIR_SECTIONS = ['BNS-143', 'IPC-370', 'BNS-146', 'JJA-79', 'CLPRA-3'];

/** The raid: the operation, the three accused found, the twelve children identified, evidence, the seal. */
export async function recordRaid(rescueOfficer: Client): Promise<{ operationId: string; caseIds: string[] }> {
  const opened = await rescueOfficer.create('/rescue-operations', {
    districtCode: 'RJ-JPR',
    policeStation: 'Ramganj',
    workshopAddress: 'House 7, Example Gali, Ramganj Bazaar, Jaipur',
    startedAt: RAID,
    team: [
      { agency: 'ahtu', organisation: 'AHTU Jaipur', members: 8 },
      { agency: 'labour_department', organisation: 'Labour Department, Jaipur', members: 2 },
      { agency: 'childline', organisation: 'Childline 1098 Jaipur', members: 2 },
      { agency: 'ngo', organisation: 'Bal Suraksha Sangathan', members: 3 },
      { agency: 'counsellor', members: 1 },
      { agency: 'doctor', members: 1 },
    ],
    leadAgency: 'ahtu',
    informedBy: { channel: 'ngo', details: 'A boy back in Gaya said a dozen boys make bangles in a house in Ramganj.' },
    childrenReported: 15,
  });
  const operationId = opened.operationId as string;
  const operation = `/rescue-operations/${operationId}`;
  const caseIds: string[] = [];

  await rescueOfficer.command(`${operation}/persons-found`, { foundAt: ist('2026-03-10', '10:10'), persons: FOUND_AT_SCENE });
  for (const [i, child] of CHILDREN.entries()) {
    const identified = await rescueOfficer.create(`${operation}/children`, {
      identifiedAt: afterRaid((20 + 2 * i) / 60),
      names: [
        { text: child.devanagari, script: 'Deva' },
        { text: child.latin, script: 'Latn' },
      ],
      sex: 'male',
      ageStated: child.age,
      languages: child.speaks,
      interpreterNeeded: needsInterpreter(child),
      home: { state: 'BR', districtCode: child.home },
      workingConditions: { work: 'bangle_making', hoursPerDay: 14, paid: false },
    });
    caseIds.push(identified.caseId as string);
  }
  await rescueOfficer.command(`${operation}/evidence`, {
    collectedAt: ist('2026-03-10', '11:30'),
    collectedBy: 'ahtu',
    items: [
      { kind: 'photographs', quantity: 24 },
      { kind: 'wage_or_attendance_records', description: 'attendance register, advance ledger', quantity: 2 },
      { kind: 'tools_and_materials', description: 'lac, moulds, a coal furnace' },
      { kind: 'statements', description: 'statements of two neighbours' },
    ],
  });
  await rescueOfficer.command(`${operation}/premises-sealing`, {
    sealed: true,
    at: ist('2026-03-10', '14:00'),
    sealedBy: 'labour_department',
    orderReference: 'LD/JPR/2026/117',
  });
  await rescueOfficer.command(`${operation}/close`, { closedAt: ist('2026-03-10', '14:30') });
  return { operationId, caseIds };
}

/** Each child's steps after the rescue: held overnight, interpreter, counsellor, doctor, CWC production and shelter order, age. */
export async function recordFirstSteps(rescueOfficer: Client, cwcMember: Client, caseIds: readonly string[]): Promise<void> {
  for (const [i, child] of CHILDREN.entries()) {
    const rescueCase = `/rescue/cases/${caseIds[i]}`;
    const producedAt = afterRaid(child.cwcAfterHours);
    if (child.held === 'police_station') {
      await rescueOfficer.command(`${rescueCase}/held-at`, { place: 'police_station', placeName: 'Ramganj police station', from: afterRaid(5), to: producedAt });
    } else {
      await rescueOfficer.command(`${rescueCase}/held-at`, { place: 'child_friendly_space', placeName: 'Childline child-friendly space, Ramganj', from: afterRaid(1.5), to: producedAt });
    }
    if (needsInterpreter(child)) {
      await rescueOfficer.command(`${rescueCase}/interpreters`, { providedAt: afterRaid(2), language: 'mai', interpreter: 'Maithili interpreter', organisation: 'Childline 1098 Jaipur' });
    }
    await rescueOfficer.command(`${rescueCase}/counsellor-visits`, { attendedAt: afterRaid(2.5), counsellor: 'Counsellor, DCPU panel', organisation: 'DCPU Jaipur' });
    await rescueOfficer.command(`${rescueCase}/medical-examinations`, {
      examinedAt: afterRaid(4),
      facility: 'District Hospital, Jaipur',
      examinedBy: 'Medical officer on duty',
      injuriesRecorded: child.age < 12,
      reportReference: `MLC/JPR/2026/${311 + i}`,
    });
    await cwcMember.command(`${rescueCase}/cwc-productions`, { producedAt, cwcDistrictCode: 'RJ-JPR', cwcName: 'CWC Jaipur I' });
    await cwcMember.command(`${rescueCase}/cwc-orders`, {
      orderedAt: later(producedAt, 1),
      cwcDistrictCode: 'RJ-JPR',
      order: 'shelter_placement',
      shelterHome: SHELTER,
      orderReference: placementOrder(i),
    });
    if (child.assessed !== undefined) {
      await rescueOfficer.command(`${rescueCase}/age-assessments`, {
        assessedAt: ist('2026-03-12', '11:30'),
        method: 'ossification_test',
        years: child.assessed,
        rangeFrom: child.assessed - 1,
        rangeTo: child.assessed + 1,
        assessedBy: 'Medical board, District Hospital, Jaipur',
      });
    }
  }
}

/** The FIR registered that night, naming the twelve children and the three accused. */
export async function registerFir(rescueOfficer: Client, caseIds: readonly string[]): Promise<{ firId: string; accusedIds: string[] }> {
  const registered = await rescueOfficer.create('/firs', {
    number: FIR_NUMBER,
    policeStation: 'Ramganj, Jaipur',
    district: 'RJ-JPR',
    registeredAt: ist('2026-03-10', '23:10'),
    sections: FIR_SECTIONS,
    victims: caseIds.map((caseId) => ({ caseId })),
    accused: FOUND_AT_SCENE.map(({ name, role, detained }) => ({ name, role, status: detained ? 'arrested' : 'absconding' })),
  });
  return { firId: registered.firId as string, accusedIds: registered.accusedIds as string[] };
}

export const MAGISTRATE = 'Metropolitan Magistrate No. 4, Jaipur';

/** The statement of child `i` before the magistrate, as recorded on the 13th (first five) or the 14th. */
export const magistrateStatement = (i: number, firId: string) => ({
  recordedAt: ist(i < 5 ? '2026-03-13' : '2026-03-14', '14:00'),
  magistrate: MAGISTRATE,
  court: 'Court of the Metropolitan Magistrate No. 4, Jaipur Metropolitan',
  byVideo: false,
  firId,
});
