// Synthetic examples for the OpenAPI document: realistic in shape, about no real child.

export const EXAMPLE = {
  caseId: '0196a3f2-7c41-7b1e-9d2a-5e8f1c0a4b71',
  otherCaseId: '0196a3f2-7c41-7b1e-9d2a-5e8f1c0a4b72',
  laterCaseId: '019b2c10-44e0-7a55-8c3d-2f6e9a1d0c15',
  orderId: '0196c1e8-2b9a-7d40-a1f3-6c2e8b4d9f01',
  entitlementId: '0196e4a0-91c2-7f3e-b8d1-4a7c2e6f0b12',
  supportId: '0196e4a0-91c2-7f3e-b8d1-4a7c2e6f0b13',
  threatId: '0197011c-5d3e-7a28-9b6f-1e4c8a2d7f33',
  suspicionId: '0197a2d4-0e8b-7c61-a5f2-3b9d6e1c4a08',
  batchId: '0196d0b7-3a5c-7e92-8f14-7b2a6c9e0d45',
  reference: 'BR-GAY-2026-00007',
} as const;

export const CASE_LOCATION = (caseId: string): string => `/reintegration/cases/${caseId}`;
export const BATCH_LOCATION = (batchId: string): string => `/batches/${batchId}`;
