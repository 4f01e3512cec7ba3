import { toDate } from '@setu/service-kit';
import type { RescueCaseStep } from '../../domain';
import type { RecordAgeAssessmentRequestDto } from './record-age-assessment.request.dto';
import type { RecordChildHeldRequestDto } from './record-child-held.request.dto';
import type { RecordCounsellorAttendedRequestDto } from './record-counsellor-attended.request.dto';
import type { RecordCwcOrderRequestDto } from './record-cwc-order.request.dto';
import type { RecordInterpreterProvidedRequestDto } from './record-interpreter-provided.request.dto';
import type { RecordMedicalExaminationRequestDto } from './record-medical-examination.request.dto';
import type { RecordProductionBeforeCwcRequestDto } from './record-production-before-cwc.request.dto';

// Each step's time becomes the command's occurredAt; the rest is copied out field by field.

export const toChildHeld = (dto: RecordChildHeldRequestDto): RescueCaseStep => ({
  type: 'RecordChildHeld',
  occurredAt: toDate(dto.from),
  data: { place: dto.place, placeName: dto.placeName, to: toDate(dto.to) },
});

export const toCounsellorAttended = (dto: RecordCounsellorAttendedRequestDto): RescueCaseStep => ({
  type: 'RecordCounsellorAttended',
  occurredAt: toDate(dto.attendedAt),
  data: { counsellor: dto.counsellor, organisation: dto.organisation },
});

export const toMedicalExamination = (dto: RecordMedicalExaminationRequestDto): RescueCaseStep => ({
  type: 'RecordMedicalExamination',
  occurredAt: toDate(dto.examinedAt),
  data: { facility: dto.facility, examinedBy: dto.examinedBy, injuriesRecorded: dto.injuriesRecorded, reportReference: dto.reportReference },
});

export const toAgeAssessment = (dto: RecordAgeAssessmentRequestDto): RescueCaseStep => ({
  type: 'RecordAgeAssessment',
  occurredAt: toDate(dto.assessedAt),
  data: { method: dto.method, years: dto.years, rangeFrom: dto.rangeFrom, rangeTo: dto.rangeTo, assessedBy: dto.assessedBy },
});

export const toInterpreterProvided = (dto: RecordInterpreterProvidedRequestDto): RescueCaseStep => ({
  type: 'RecordInterpreterProvided',
  occurredAt: toDate(dto.providedAt),
  data: { language: dto.language, interpreter: dto.interpreter, organisation: dto.organisation },
});

export const toProductionBeforeCwc = (dto: RecordProductionBeforeCwcRequestDto): RescueCaseStep => ({
  type: 'RecordProductionBeforeCwc',
  occurredAt: toDate(dto.producedAt),
  data: { cwcDistrictCode: dto.cwcDistrictCode, cwcName: dto.cwcName },
});

export const toCwcOrder = (dto: RecordCwcOrderRequestDto): RescueCaseStep => ({
  type: 'RecordCwcOrder',
  occurredAt: toDate(dto.orderedAt),
  data: {
    cwcDistrictCode: dto.cwcDistrictCode,
    order: dto.order,
    shelterHome: dto.shelterHome && { name: dto.shelterHome.name, districtCode: dto.shelterHome.districtCode },
    orderReference: dto.orderReference,
  },
});
