// Synthetic values for the OpenAPI examples: no real child, document or person.
export const EXAMPLE = {
  caseId: '0195f3a0-7c2e-7b41-9a3d-2f1e0c9b8a71',
  documentId: '0195f8c2-4b1d-7e3a-8f20-6a9c1d2e3f40',
  newerDocumentId: '0195fa11-90c4-7d2b-b5e1-3c7d8e9f0a12',
  submissionId: '0195fb02-1e6f-7a89-9c3d-4b5a6c7d8e9f',
  sha256: '9f2c4e1b7a3d5f60812b9c4d7e3a1f5b2c8d6e4f0a1b3c5d7e9f1a2b4c6d8e0f',
  uploadedAt: '2026-03-20T11:45:12.000+05:30',
  verifiedAt: '2026-03-24T15:10:00+05:30',
  submittedAt: '2026-03-25T10:30:00+05:30',
  actor: { userId: 'shelter-staff-0142', orgId: 'example-ngo-jaipur', role: 'shelter-staff' },
  cwcActor: { userId: 'cwc-member-007', orgId: 'example-cwc-jaipur', role: 'cwc-member' },
} as const;
