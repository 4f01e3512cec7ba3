// Synthetic identifiers for the OpenAPI examples: one consistent story, no real people.
export const EXAMPLE = {
  firId: '0195f3a0-7c1e-7b21-9a40-3f1c2d9e0a11',
  caseId: '0195f2c8-41d0-7e5a-8c33-6b7d1e2f4a01',
  otherCaseId: '0195f2c8-41d0-7e5a-8c33-6b7d1e2f4a02',
  accusedId: '0195f3a0-7c1e-7b21-9a40-3f1c2d9e0b01',
  otherAccusedId: '0195f3a0-7c1e-7b21-9a40-3f1c2d9e0b02',
  hearingId: '0195f3a0-7c1e-7b21-9a40-3f1c2d9e0e01',
  chargeSheetId: '0195f3a0-7c1e-7b21-9a40-3f1c2d9e0f01',
  summonsId: '0195f3a0-7c1e-7b21-9a40-3f1c2d9e0c01',
  testimonyId: '0195f3a0-7c1e-7b21-9a40-3f1c2d9e1101',
  judgmentId: '0195f3a0-7c1e-7b21-9a40-3f1c2d9e1201',
  appealId: '0195f3a0-7c1e-7b21-9a40-3f1c2d9e0d01',
  statementId: '0195f3b1-0a2b-7c3d-8e4f-5a6b7c8d9f01',
  claimId: '0195f3b1-0a2b-7c3d-8e4f-5a6b7c8d9e01',
} as const;
