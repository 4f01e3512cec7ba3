import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@setu/event-store';
import { EVENT_STORE } from '@setu/platform';
import { CASE_DIRECTORY } from '../legal.di-tokens';
import type { CaseDirectory } from './case-directory.port';
import { stateOfDistrict } from './districts';
import { isKnownSection } from './legal-section.catalogue';
import { UnknownCaseError, UnknownDistrictError, UnknownFirError, UnknownSectionError } from './legal.errors';

/** A value the request refers to, with the request field it came from (`victims[3].caseId`). */
export interface Ref {
  readonly field: string;
  readonly value: string;
}

/** Refuses (422, naming each field) references that resolve to nothing: codes, cases, FIRs. */
@Injectable()
export class ReferenceChecks {
  constructor(
    @Inject(CASE_DIRECTORY) private readonly directory: CaseDirectory,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  district(ref: Ref | undefined): void {
    if (ref !== undefined && stateOfDistrict(ref.value) === undefined) throw new UnknownDistrictError(ref.field);
  }

  sections(refs: readonly Ref[]): void {
    const unknown = refs.filter((ref) => !isKnownSection(ref.value));
    if (unknown.length > 0) {
      throw new UnknownSectionError(unknown.map(({ field }) => ({ field, message: `${field} is not a code of the legal sections catalogue` })));
    }
  }

  async cases(refs: readonly Ref[]): Promise<void> {
    const found = await Promise.all(refs.map((ref) => this.directory.exists(ref.value)));
    const missing = refs.filter((_, i) => !found[i]).map((ref) => ref.field);
    if (missing.length > 0) throw new UnknownCaseError(missing);
  }

  async fir(ref: Ref | undefined): Promise<void> {
    if (ref === undefined) return;
    const stream = await this.store.readStream(`fir-${ref.value}`, { maxCount: 1 });
    if (!stream.exists) throw new UnknownFirError(ref.field);
  }
}
