export type { ReintegrationCaseEvent } from '@setu/contracts';

export const caseStreamId = (caseId: string): string => `reintegration-${caseId}`;
