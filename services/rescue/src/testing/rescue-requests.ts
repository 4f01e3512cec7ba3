// Synthetic requests for tests: made-up Bihar children, a made-up workshop in Jaipur.
import { EXAMPLE_CHILD } from '../api/shared/examples';

export const RAID_START = '2026-03-10T10:00:00+05:30';

export const openOperationBody = (overrides: Record<string, unknown> = {}) => ({
  districtCode: 'RJ-JPR',
  policeStation: 'Ramganj',
  workshopAddress: 'House 12, Example Lane, Ramganj Bazaar, Jaipur',
  startedAt: RAID_START,
  team: [
    { agency: 'ahtu', organisation: 'AHTU Jaipur', members: 6 },
    { agency: 'labour_department', organisation: 'Labour Department, Jaipur', members: 2 },
    { agency: 'childline', organisation: 'Childline 1098 Jaipur' },
    { agency: 'ngo', organisation: 'Bal Suraksha Sangathan', members: 3 },
    { agency: 'counsellor' },
    { agency: 'doctor' },
  ],
  leadAgency: 'ahtu',
  informedBy: { channel: 'ngo', details: 'A returned child said boys from Gaya work in a bangle workshop in Ramganj.' },
  childrenReported: 25,
  ...overrides,
});

export const childBody = (overrides: Record<string, unknown> = {}) => ({
  ...EXAMPLE_CHILD,
  photoRefs: ['documents/example-photo-1'],
  ...overrides,
});
