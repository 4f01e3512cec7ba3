// The human reference on paper forms: state-district-year-sequence, e.g. BR-GAY-2026-00007, the
// same shape as the rescue service's. The sequence is per district and year, numbers lost to
// failed requests are never reused (a gap), and a reference is never given twice.

const IST_OFFSET_MS = 330 * 60 * 1000;

/** The year as people in India count it (IST), whatever the server's zone. */
export function referenceYear(time: Date): number {
  return new Date(time.getTime() + IST_OFFSET_MS).getUTCFullYear();
}

export function caseReference(districtCode: string, year: number, sequence: number): string {
  return `${districtCode}-${year}-${String(sequence).padStart(5, '0')}`;
}
