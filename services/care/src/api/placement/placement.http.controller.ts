import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ID_GENERATOR, type IdGenerator } from '@setu/platform';
import { Caller, defined, utc, type CallerContext } from '@setu/service-kit';
import type { ServerResponse } from 'node:http';
import type { FactOutcome } from '../../application';
import { ApiCareFact } from '../shared/api-docs';
import { CareCaseParams } from '../shared/case-params.dto';
import { recordFact } from '../shared/record-fact';
import { homeOf } from '../shared/shelter-home.dto';
import { AdmitToShelterDto, DischargeFromShelterDto, RecordFoundDto, ReportMissingDto, TransferBetweenHomesDto } from './placement.dto';
import { ADMISSION_EXAMPLE, DISCHARGE_EXAMPLE, FOUND_EXAMPLE, MISSING_EXAMPLE, TRANSFER_EXAMPLE } from './placement.examples';

@ApiTags('care')
@Controller('care/cases/:caseId')
export class PlacementController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  @Post('admissions')
  @ApiCareFact({
    summary: 'Admit the child to a shelter home on a CWC order',
    description: 'Any care fact may come first: an injury report or counselling often precedes admission. Late entries are welcome.',
    body: AdmitToShelterDto,
    example: ADMISSION_EXAMPLE,
    rejection: { code: 'ADMISSION_ALREADY_RECORDED', field: 'cwcOrderReference', detail: 'An admission on this CWC order is already recorded.' },
  })
  admit(@Param() { caseId }: CareCaseParams, @Body() dto: AdmitToShelterDto, @Caller() request: CallerContext, @Res({ passthrough: true }) res: ServerResponse): Promise<FactOutcome> {
    const admissionId = this.ids.newId();
    const data = { caseId, admissionId, admittedAt: utc(dto.admittedAt), home: homeOf(dto.home), cwcOrderReference: dto.cwcOrderReference.trim() };
    return recordFact(this.commands, res, request, { type: 'AdmitToShelter', data, occurredAt: new Date(data.admittedAt) }, admissionId);
  }

  @Post('transfers')
  @ApiCareFact({
    summary: 'Record a transfer between shelter homes on a CWC order',
    description: 'Recorded even when the admission to the first home is not yet entered (a gap, not an error).',
    body: TransferBetweenHomesDto,
    example: TRANSFER_EXAMPLE,
    rejection: { code: 'TRANSFER_TO_SAME_HOME', field: 'toHome', detail: 'A transfer moves the child to another home: toHome is the home it leaves.' },
  })
  transfer(@Param() { caseId }: CareCaseParams, @Body() dto: TransferBetweenHomesDto, @Caller() request: CallerContext, @Res({ passthrough: true }) res: ServerResponse): Promise<FactOutcome> {
    const transferId = this.ids.newId();
    const data = defined({
      caseId,
      transferId,
      transferredAt: utc(dto.transferredAt),
      fromHome: homeOf(dto.fromHome),
      toHome: homeOf(dto.toHome),
      cwcOrderReference: dto.cwcOrderReference.trim(),
      reason: dto.reason,
    });
    return recordFact(this.commands, res, request, { type: 'TransferBetweenHomes', data, occurredAt: new Date(data.transferredAt) }, transferId);
  }

  @Post('missing-reports')
  @ApiCareFact({
    summary: 'Report the child missing from the shelter home',
    description: 'The answer\'s `id` is the missing report, which the finding names. The home is taken from the record at the time last seen.',
    body: ReportMissingDto,
    example: MISSING_EXAMPLE,
  })
  reportMissing(@Param() { caseId }: CareCaseParams, @Body() dto: ReportMissingDto, @Caller() request: CallerContext, @Res({ passthrough: true }) res: ServerResponse): Promise<FactOutcome> {
    const missingId = this.ids.newId();
    const data = defined({
      caseId,
      missingId,
      lastSeenAt: utc(dto.lastSeenAt),
      reportedToPolice: dto.reportedToPolice,
      policeStation: dto.policeStation,
      policeReportReference: dto.policeReportReference,
    });
    return recordFact(this.commands, res, request, { type: 'ReportMissing', data, occurredAt: new Date(data.lastSeenAt) }, missingId);
  }

  @Post('found-reports')
  @ApiCareFact({
    summary: 'Record that the missing child was found again',
    description: 'Names the missing report it ends, or ends the latest one open when the child was found; recorded without one when none is.',
    body: RecordFoundDto,
    example: FOUND_EXAMPLE,
    rejection: { code: 'FOUND_BEFORE_MISSING', field: 'foundAt', detail: 'must not be before the child was last seen (2026-04-20T15:00:00.000Z).' },
  })
  recordFound(@Param() { caseId }: CareCaseParams, @Body() dto: RecordFoundDto, @Caller() request: CallerContext, @Res({ passthrough: true }) res: ServerResponse): Promise<FactOutcome> {
    const data = defined({
      caseId,
      foundAt: utc(dto.foundAt),
      missingId: dto.missingId,
      foundBy: dto.foundBy,
      whereFound: dto.whereFound,
      returnedToShelter: dto.returnedToShelter,
    });
    return recordFact(this.commands, res, request, { type: 'RecordFound', data, occurredAt: new Date(data.foundAt) });
  }

  @Post('discharge')
  @ApiCareFact({
    summary: 'Discharge the child from care on a CWC order',
    description: 'Care in Rajasthan ends (usually for repatriation). The home is taken from the record at the time of discharge.',
    body: DischargeFromShelterDto,
    example: DISCHARGE_EXAMPLE,
    rejection: { code: 'DISCHARGE_ALREADY_RECORDED', field: 'cwcOrderReference', detail: 'A discharge on this CWC order is already recorded.' },
  })
  discharge(@Param() { caseId }: CareCaseParams, @Body() dto: DischargeFromShelterDto, @Caller() request: CallerContext, @Res({ passthrough: true }) res: ServerResponse): Promise<FactOutcome> {
    const data = defined({
      caseId,
      dischargedAt: utc(dto.dischargedAt),
      reason: dto.reason,
      cwcOrderReference: dto.cwcOrderReference.trim(),
      destinationDistrictCode: dto.destinationDistrictCode,
    });
    return recordFact(this.commands, res, request, { type: 'Discharge', data, occurredAt: new Date(data.dischargedAt) });
  }
}
