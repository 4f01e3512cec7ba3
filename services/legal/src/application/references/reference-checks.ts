import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@setu/event-store';
import { EVENT_STORE } from '@setu/platform';
import { isKnownSection } from './legal-section.catalogue';
import { UnknownFirError, UnknownSectionError } from './legal.errors';

/** A value the request refers to, with the request field it came from (`sections[1]`). */
export interface Ref {
  readonly field: string;
  readonly value: string;
}

/**
 * Refuses (422, naming each field) the legal references that resolve to nothing: section codes
 * and FIRs. District codes and cases are checked with the kit (`assertKnownCodes`, `unknownCases`).
 */
@Injectable()
export class ReferenceChecks {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  sections(refs: readonly Ref[]): void {
    const unknown = refs.filter((ref) => !isKnownSection(ref.value));
    if (unknown.length > 0) {
      throw new UnknownSectionError(unknown.map(({ field }) => ({ field, message: `${field} is not a code of the legal sections catalogue` })));
    }
  }

  async fir(ref: Ref | undefined): Promise<void> {
    if (ref === undefined) return;
    const stream = await this.store.readStream(`fir-${ref.value}`, { maxCount: 1 });
    if (!stream.exists) throw new UnknownFirError(ref.field);
  }
}
