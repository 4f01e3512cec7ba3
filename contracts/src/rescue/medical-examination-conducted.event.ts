import { Type } from '@sinclair/typebox';
import { defineEvent, type EventOf } from '../event-schema';
import { CaseId, DateTime, Text } from './rescue.schemas';

export const MedicalExaminationConducted = defineEvent(
  'rescue.MedicalExaminationConducted',
  1,
  Type.Object(
    {
      caseId: CaseId,
      examinedAt: DateTime('when the child was examined'),
      facility: Text('where: hospital or health centre'),
      examinedBy: Text('by whom: doctor (name or designation)'),
      injuriesRecorded: Type.Optional(Type.Boolean({ description: 'whether the report records injuries' })),
      reportReference: Type.Optional(Text('the number of the injury or medical report')),
    },
    { description: 'The child\'s injury / medical examination after the rescue (G03 when missing).' },
  ),
);
export type MedicalExaminationConducted = EventOf<typeof MedicalExaminationConducted>;
