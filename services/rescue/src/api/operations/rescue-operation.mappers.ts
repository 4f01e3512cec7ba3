import { toDate } from '@setu/service-kit';
import type { IdentifyChildInput, OpenRescueOperationInput, OperationFact, RecordPersonsFoundInput } from '../../application';
import type { CloseRescueOperationRequestDto } from './close-rescue-operation.request.dto';
import type { IdentifyChildRequestDto } from './identify-child.request.dto';
import type { OpenRescueOperationRequestDto } from './open-rescue-operation.request.dto';
import type { RecordEvidenceRequestDto } from './record-evidence.request.dto';
import type { RecordPersonsFoundRequestDto } from './record-persons-found.request.dto';
import type { RecordPremisesSealingRequestDto } from './record-premises-sealing.request.dto';

// DTOs are class instances; events take plain data, so each field is copied out by name.

export function toOpenOperationInput(dto: OpenRescueOperationRequestDto): OpenRescueOperationInput {
  return {
    districtCode: dto.districtCode,
    policeStation: dto.policeStation,
    workshopAddress: dto.workshopAddress,
    startedAt: toDate(dto.startedAt),
    team: dto.team.map(({ agency, organisation, members }) => ({ agency, organisation, members })),
    leadAgency: dto.leadAgency,
    informedBy: { channel: dto.informedBy.channel, details: dto.informedBy.details },
    childrenReported: dto.childrenReported,
  };
}

export function toPersonsFoundInput(dto: RecordPersonsFoundRequestDto): RecordPersonsFoundInput {
  return {
    foundAt: toDate(dto.foundAt),
    persons: dto.persons.map((p) => ({
      name: p.name,
      aliases: p.aliases ?? [],
      role: p.role,
      detained: p.detained,
      homeDistrictCode: p.homeDistrictCode,
      description: p.description,
    })),
  };
}

export function toEvidenceFact(dto: RecordEvidenceRequestDto): OperationFact {
  return {
    type: 'RecordEvidence',
    occurredAt: toDate(dto.collectedAt),
    data: {
      collectedBy: dto.collectedBy,
      items: dto.items.map(({ kind, description, quantity }) => ({ kind, description, quantity })),
    },
  };
}

export function toPremisesFact(dto: RecordPremisesSealingRequestDto): OperationFact {
  const data =
    dto.sealed && dto.sealedBy !== undefined
      ? { sealed: true as const, sealedBy: dto.sealedBy, orderReference: dto.orderReference }
      : { sealed: false as const, reason: dto.reason };
  return { type: 'RecordPremisesSealing', occurredAt: toDate(dto.at), data };
}

export function toCloseFact(dto: CloseRescueOperationRequestDto): OperationFact {
  return { type: 'CloseOperation', occurredAt: toDate(dto.closedAt), data: {} };
}

export function toIdentifyChildInput(dto: IdentifyChildRequestDto): IdentifyChildInput {
  const { home, guardian, ageAssessed, workingConditions: work } = dto;
  return {
    identifiedAt: toDate(dto.identifiedAt),
    names: dto.names.map(({ text, script }) => ({ text, script })),
    aliases: dto.aliases ?? [],
    guardian: guardian && { name: guardian.name, relation: guardian.relation },
    sex: dto.sex,
    ageStated: dto.ageStated,
    ageAssessed: ageAssessed && { years: ageAssessed.years, method: ageAssessed.method },
    languages: [...dto.languages],
    interpreterNeeded: dto.interpreterNeeded,
    home: { state: home.state, districtCode: home.districtCode, block: home.block, village: home.village },
    workingConditions: work && {
      work: work.work,
      hoursPerDay: work.hoursPerDay,
      monthsAtWorkplace: work.monthsAtWorkplace,
      paid: work.paid,
      description: work.description,
    },
    photoRefs: dto.photoRefs && [...dto.photoRefs],
  };
}
