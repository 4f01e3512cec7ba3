// The human reference on paper forms: state-district-year-sequence, e.g. RJ-JPR-2026-00042.
// The sequence is per district and year; numbers lost to failed requests are never reused.

const IST_OFFSET_MS = 330 * 60 * 1000;

/** The year of the rescue as people in India count it (IST), whatever the server's zone. */
export function referenceYear(rescuedAt: Date): number {
  return new Date(rescuedAt.getTime() + IST_OFFSET_MS).getUTCFullYear();
}

export function caseReference(districtCode: string, year: number, sequence: number): string {
  return `${districtCode}-${year}-${String(sequence).padStart(5, '0')}`;
}
