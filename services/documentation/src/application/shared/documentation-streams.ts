export const DOCUMENTATION_SOURCE = 'setu.documentation';

export const documentsStream = (caseId: string): string => `documents-${caseId}`;
export const downloadsStream = (caseId: string): string => `documentdownloads-${caseId}`;
