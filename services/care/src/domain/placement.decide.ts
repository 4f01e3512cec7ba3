import type { CareEvent } from '@setu/contracts';
import type { AdmitToShelter, Discharge, RecordFound, ReportMissing, TransferBetweenHomes } from './care.commands';
import {
  admissionAlreadyRecorded,
  alreadyFound,
  dischargeAlreadyRecorded,
  foundBeforeMissing,
  missingEpisodeUnknown,
  sameHome,
} from './care.rejections';
import type { CareRecord } from './care.state';
import { isBefore } from './time';
import { homeAt, normalised, sameHome as isSameHome } from './whereabouts';

// Admission, transfer, missing, found, discharge. Out-of-order and late facts are accepted (they
// are replayed in field-time order); only a fact that contradicts itself or repeats one is refused.

export function admit(command: AdmitToShelter, record: CareRecord): CareEvent[] {
  if (record.admissionOrders.includes(normalised(command.data.cwcOrderReference))) throw admissionAlreadyRecorded();
  return [{ type: 'care.ShelterAdmitted', data: command.data }];
}

export function transfer(command: TransferBetweenHomes, _record: CareRecord): CareEvent[] {
  if (isSameHome(command.data.fromHome, command.data.toHome)) throw sameHome();
  return [{ type: 'care.TransferredBetweenHomes', data: command.data }];
}

export function reportMissing(command: ReportMissing, record: CareRecord): CareEvent[] {
  const home = homeAt(record.placements, command.data.lastSeenAt);
  return [{ type: 'care.MissingFromShelter', data: { ...command.data, ...(home === undefined ? {} : { home }) } }];
}

export function recordFound(command: RecordFound, record: CareRecord): CareEvent[] {
  const { missingId, foundAt } = command.data;
  if (missingId !== undefined) {
    const episode = record.missingEpisodes[missingId];
    if (episode === undefined) throw missingEpisodeUnknown();
    if (episode.foundAt !== null) throw alreadyFound();
    if (isBefore(foundAt, episode.lastSeenAt)) throw foundBeforeMissing(episode.lastSeenAt);
    return [{ type: 'care.FoundAfterMissing', data: command.data }];
  }
  const ended = latestOpenEpisode(record, foundAt);
  return [{ type: 'care.FoundAfterMissing', data: { ...command.data, ...(ended === undefined ? {} : { missingId: ended }) } }];
}

export function discharge(command: Discharge, record: CareRecord): CareEvent[] {
  if (record.dischargeOrders.includes(normalised(command.data.cwcOrderReference))) throw dischargeAlreadyRecorded();
  const home = homeAt(record.placements, command.data.dischargedAt);
  return [{ type: 'care.DischargedFromShelter', data: { ...command.data, ...(home === undefined ? {} : { home }) } }];
}

/** The open episode a finding without a missing id ends: the latest one begun by then. */
function latestOpenEpisode(record: CareRecord, foundAt: string): string | undefined {
  let latest: { id: string; lastSeenAt: string } | undefined;
  for (const [id, episode] of Object.entries(record.missingEpisodes)) {
    if (episode.foundAt !== null || isBefore(foundAt, episode.lastSeenAt)) continue;
    if (latest === undefined || !isBefore(episode.lastSeenAt, latest.lastSeenAt)) latest = { id, lastSeenAt: episode.lastSeenAt };
  }
  return latest?.id;
}
