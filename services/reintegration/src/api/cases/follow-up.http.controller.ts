import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import { BEARER_SCHEME, ID_GENERATOR, type IdGenerator } from '@setu/platform';
import { Caller, plain, type CallerContext } from '@setu/service-kit';
import type { ServerResponse } from 'node:http';
import { ReintegrationCommand } from '../shared/api-docs';
import { EXAMPLE } from '../shared/examples';
import { FactRecorder } from '../shared/fact-recorder';
import { CaseParams, EntitlementParams } from '../shared/params';
import { AssessNeedsRequestDto, AssignFieldworkerRequestDto, FollowUpVisitRequestDto, SchoolEnrolmentRequestDto } from './follow-up.request.dto';
import { ApplyForEntitlementRequestDto, EntitlementReceivedRequestDto, LivelihoodSupportRequestDto } from './support.request.dto';

const TAG = 'reintegration: follow-up';
const LATE = 'Late and out-of-order facts are recorded as reported, also on a closed case.';

/** Stage 8 for one child in the home district: the fieldworker, the assessment, visits, school, entitlements, livelihood. */
@ApiBearerAuth(BEARER_SCHEME)
@Controller('reintegration/cases/:caseId')
export class FollowUpController {
  constructor(
    private readonly facts: FactRecorder,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  @Post('assignments')
  @ReintegrationCommand({
    tag: TAG,
    summary: 'Assign the child to an NGO and its fieldworker for the home district',
    description: `A later assignment replaces the current one. ${LATE}`,
    body: AssignFieldworkerRequestDto,
    answer: { caseId: EXAMPLE.caseId, revision: 2 },
  })
  assign(@Param() { caseId }: CaseParams, @Body() dto: AssignFieldworkerRequestDto, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    const { assignedAt, ...data } = plain(dto);
    return this.facts.caseFact(res, caller, { type: 'AssignFieldworker', occurredAt: new Date(assignedAt), data: { caseId, ...data } });
  }

  @Post('needs-assessments')
  @ReintegrationCommand({
    tag: TAG,
    summary: 'Record a needs assessment with a score in each of the six domains',
    description: `The first one is the initial needs assessment (gap G16). ${LATE}`,
    body: AssessNeedsRequestDto,
    answer: { caseId: EXAMPLE.caseId, revision: 3 },
  })
  assess(@Param() { caseId }: CaseParams, @Body() dto: AssessNeedsRequestDto, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    const { assessedAt, ...data } = plain(dto);
    return this.facts.caseFact(res, caller, { type: 'AssessNeeds', occurredAt: new Date(assessedAt), data: { caseId, ...data } });
  }

  @Post('follow-up-visits')
  @ReintegrationCommand({
    tag: TAG,
    summary: 'Record a follow-up visit or call: who was met, domain scores, school, entitlements, threats',
    description: `Monthly while the case is open (gap G17). ${LATE}`,
    body: FollowUpVisitRequestDto,
    answer: { caseId: EXAMPLE.caseId, revision: 4 },
  })
  visit(@Param() { caseId }: CaseParams, @Body() dto: FollowUpVisitRequestDto, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    const { visitedAt, ...data } = plain(dto);
    return this.facts.caseFact(res, caller, { type: 'RecordFollowUpVisit', occurredAt: new Date(visitedAt), data: { caseId, ...data } });
  }

  @Post('school-enrolments')
  @ReintegrationCommand({
    tag: TAG,
    summary: 'Record an enrolment in a school (with the class) or a bridge school',
    description: `Children of 6 to 14 (RTE Act, gap G18). ${LATE}`,
    body: SchoolEnrolmentRequestDto,
    answer: { caseId: EXAMPLE.caseId, revision: 5 },
  })
  enrol(@Param() { caseId }: CaseParams, @Body() dto: SchoolEnrolmentRequestDto, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    const { enrolledAt, ...data } = plain(dto);
    return this.facts.caseFact(res, caller, { type: 'RecordSchoolEnrolment', occurredAt: new Date(enrolledAt), data: { caseId, ...data } });
  }

  @Post('entitlements')
  @ReintegrationCommand({
    tag: TAG,
    summary: 'Record an application for an entitlement (health insurance, ration card, pension, job card, ...)',
    description: `The answer names the entitlement: its receipt refers to it. ${LATE}`,
    body: ApplyForEntitlementRequestDto,
    answer: { caseId: EXAMPLE.caseId, entitlementId: EXAMPLE.entitlementId, revision: 6 },
  })
  async apply(@Param() { caseId }: CaseParams, @Body() dto: ApplyForEntitlementRequestDto, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    const entitlementId = this.ids.newId();
    const { appliedAt, ...data } = plain(dto);
    const answer = await this.facts.caseFact(res, caller, { type: 'ApplyForEntitlement', occurredAt: new Date(appliedAt), data: { caseId, entitlementId, ...data } });
    return { ...answer, entitlementId };
  }

  @Post('entitlements/:entitlementId/receipt')
  @ReintegrationCommand({
    tag: TAG,
    summary: 'Record that an entitlement applied for was received',
    description: '422 for an application this case does not have; a second receipt writes nothing.',
    body: EntitlementReceivedRequestDto,
    answer: { caseId: EXAMPLE.caseId, revision: 7 },
  })
  receive(@Param() { caseId, entitlementId }: EntitlementParams, @Body() dto: EntitlementReceivedRequestDto, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    const { receivedAt, ...data } = plain(dto);
    return this.facts.caseFact(res, caller, { type: 'RecordEntitlementReceived', occurredAt: new Date(receivedAt), data: { caseId, entitlementId, ...data } });
  }

  @Post('livelihood-support')
  @ReintegrationCommand({
    tag: TAG,
    summary: 'Record livelihood or skills support given to the child or family',
    description: LATE,
    body: LivelihoodSupportRequestDto,
    answer: { caseId: EXAMPLE.caseId, supportId: EXAMPLE.supportId, revision: 8 },
  })
  async support(@Param() { caseId }: CaseParams, @Body() dto: LivelihoodSupportRequestDto, @Caller() caller: CallerContext, @Res({ passthrough: true }) res: ServerResponse) {
    const supportId = this.ids.newId();
    const { providedAt, ...data } = plain(dto);
    const answer = await this.facts.caseFact(res, caller, { type: 'RecordLivelihoodSupport', occurredAt: new Date(providedAt), data: { caseId, supportId, ...data } });
    return { ...answer, supportId };
  }
}
