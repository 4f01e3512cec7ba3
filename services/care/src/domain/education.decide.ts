import type { CareEvent } from '@setu/contracts';
import type { IssueReportCard, RecordLearningAssessment } from './care.commands';
import { assessmentsUnknown, postTestBeforePreTest, preTestAfterPostTest } from './care.rejections';
import type { CareRecord } from './care.state';
import { earliest, isBefore } from './time';

// Learning level tests and the report card that travels home with the child (000, Part 5).

/** A subject's first pre-test comes before its first post-test: the reverse cannot have happened. */
export function assessLearningLevel(command: RecordLearningAssessment, record: CareRecord): CareEvent[] {
  const { subject, test, assessedAt } = command.data;
  const same = Object.values(record.assessments).filter((a) => a.subject === subject);
  const atOf = (kind: string) => same.filter((a) => a.test === kind).map((a) => a.assessedAt);
  const firstPre = earliest(test === 'pre_test' ? [...atOf('pre_test'), assessedAt] : atOf('pre_test'));
  const firstPost = earliest(test === 'post_test' ? [...atOf('post_test'), assessedAt] : atOf('post_test'));
  if (firstPre !== undefined && firstPost !== undefined && isBefore(firstPost, firstPre)) {
    throw test === 'post_test' ? postTestBeforePreTest(firstPre) : preTestAfterPostTest(firstPost);
  }
  return [{ type: 'care.LearningLevelAssessed', data: command.data }];
}

export function issueReportCard(command: IssueReportCard, record: CareRecord): CareEvent[] {
  const { assessmentIds, ...card } = command.data;
  const unknown = assessmentIds.flatMap((id, i) => (record.assessments[id] === undefined ? [i] : []));
  if (unknown.length > 0) throw assessmentsUnknown(unknown);
  const assessments = assessmentIds.flatMap((id) => record.assessments[id] ?? []);
  return [{ type: 'care.ReportCardIssued', data: { ...card, assessments } }];
}
