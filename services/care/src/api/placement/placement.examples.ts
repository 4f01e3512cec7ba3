// Synthetic requests for the OpenAPI document (and the API tests, which send them as they are).

export const ADMISSION_EXAMPLE = {
  admittedAt: '2026-03-02T10:00:00+05:30',
  home: { name: 'Rajkiya Bal Griha, Jaipur', districtCode: 'RJ-JPR', registrationNumber: 'RJ/JPR/CCI/2017/014' },
  cwcOrderReference: 'CWC/JPR/2026/0412',
};

export const TRANSFER_EXAMPLE = {
  transferredAt: '2026-04-10T09:00:00+05:30',
  fromHome: ADMISSION_EXAMPLE.home,
  toHome: { name: 'Aashray Children\'s Home', districtCode: 'RJ-JPR', registrationNumber: 'RJ/JPR/CCI/2019/031' },
  cwcOrderReference: 'CWC/JPR/2026/0733',
  reason: 'closer_to_home_state',
};

export const MISSING_EXAMPLE = {
  lastSeenAt: '2026-04-20T20:30:00+05:30',
  reportedToPolice: true,
  policeStation: 'Ramganj',
  policeReportReference: 'DD 27/2026',
};

export const FOUND_EXAMPLE = {
  foundAt: '2026-04-22T08:15:00+05:30',
  foundBy: 'police',
  whereFound: 'Jaipur Junction railway station',
  returnedToShelter: true,
};

export const DISCHARGE_EXAMPLE = {
  dischargedAt: '2026-06-01T07:00:00+05:30',
  reason: 'repatriation_to_home_state',
  cwcOrderReference: 'CWC/JPR/2026/1120',
  destinationDistrictCode: 'BR-GAY',
};
