import { SCENE_ROLES, type SceneRole } from '@setu/contracts';
import { BooleanField, DistrictCodeField, NestedField, OneOfField, ReportedTimeField, TextField, TextListField } from '@setu/service-kit';

export class PersonFoundDto {
  @TextField({ description: 'name as given, in any script; identifying, stored encrypted', example: 'Mohan Lal' })
  name!: string;

  @TextListField({ description: 'other names or spellings; identifying', example: ['Mohanji'], maxItems: 20, optional: true })
  aliases?: string[];

  @OneOfField(SCENE_ROLES, { description: 'what the person was doing there', example: 'employer' })
  role!: SceneRole;

  @BooleanField({ description: 'whether the police detained the person at the scene', example: true })
  detained!: boolean;

  @DistrictCodeField({ description: 'where the person comes from, if known', example: 'BR-GAY', optional: true })
  homeDistrictCode?: string;

  @TextField({ description: 'anything else said about the person; identifying', example: 'owner of the workshop', maxLength: 2000, optional: true })
  description?: string;
}

export class RecordPersonsFoundRequestDto {
  @ReportedTimeField({ description: 'when they were found at the scene', example: '2026-03-10T10:10:00+05:30' })
  foundAt!: string;

  @NestedField(() => PersonFoundDto, { description: 'employers, traffickers and others found at the scene', minItems: 1, maxItems: 100 })
  persons!: PersonFoundDto[];
}
