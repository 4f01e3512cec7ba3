import { EXAMPLE } from '../shared/examples';

/** A synthetic FIR as GET /firs/{firId} shows it. */
export const FIR_VIEW_EXAMPLE = {
  firId: EXAMPLE.firId,
  number: '0117/2026',
  policeStation: 'Ramganj, Jaipur',
  district: 'RJ-JPR',
  state: 'RJ',
  registeredAt: '2026-03-01T17:40:00.000Z',
  sections: [
    {
      code: 'IPC-370',
      act: 'Indian Penal Code 1860',
      section: '370',
      title: 'Trafficking of person',
      equivalent: { code: 'BNS-143', act: 'Bharatiya Nyaya Sanhita 2023', section: '143', title: 'Trafficking of person' },
    },
    { code: 'JJA-79', act: 'Juvenile Justice (Care and Protection of Children) Act 2015', section: '79', title: 'Exploitation of a child employee' },
  ],
  victims: [{ caseId: EXAMPLE.caseId, addedAt: '2026-03-01T17:40:00.000Z' }],
  accused: [
    {
      accusedId: EXAMPLE.accusedId,
      name: 'Synthetic Name Alpha',
      aliases: [],
      role: 'employer',
      namedAt: '2026-03-01T17:40:00.000Z',
      status: 'on_bail',
      statusSince: '2026-03-20T06:00:00.000Z',
      custodyHistory: [
        { status: 'arrested', since: '2026-03-01T17:40:00.000Z' },
        { status: 'on_bail', since: '2026-03-20T06:00:00.000Z', bailHearingId: EXAMPLE.hearingId },
      ],
    },
  ],
  bailHearings: [
    {
      hearingId: EXAMPLE.hearingId,
      accusedId: EXAMPLE.accusedId,
      heldAt: '2026-03-20T06:00:00.000Z',
      court: 'Court of the Sessions Judge, Jaipur Metropolitan',
      victimLawyerPresent: false,
      opposed: true,
      outcome: 'granted',
    },
  ],
  chargeSheets: [],
  summons: [
    {
      summonsId: EXAMPLE.summonsId,
      caseId: EXAMPLE.caseId,
      issuedAt: '2026-09-01T05:00:00.000Z',
      court: 'Special Court (Human Trafficking), Jaipur',
      servedAt: '2026-09-12T09:30:00.000Z',
      knownToNgo: { learnedAt: '2026-09-05T04:30:00.000Z', organisation: 'Synthetic Jan Sahayata Kendra, Gaya' },
    },
  ],
  testimonies: [],
  judgments: [],
  appeals: [],
  revision: 6,
};
