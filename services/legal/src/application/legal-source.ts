/** The `source` of every event the legal service records. */
export const LEGAL_SOURCE = 'setu.legal';
