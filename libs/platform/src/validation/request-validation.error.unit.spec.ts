import 'reflect-metadata';
import { plainToInstance, Type } from 'class-transformer';
import { IsIn, IsInt, IsString, Max, ValidateNested, validateSync } from 'class-validator';
import { flattenValidationErrors, RequestValidationError } from './request-validation.error';

class TeamMember {
  @IsString() agency!: string;
  @IsIn(['police', 'ngo']) kind!: string;
}

class RecordRescue {
  @IsString() place!: string;
  @IsInt() @Max(17) age!: number;
  @ValidateNested({ each: true }) @Type(() => TeamMember) team!: TeamMember[];
}

describe('flattenValidationErrors', () => {
  it('names every bad field by its path, nested ones with indexes', () => {
    const dto = plainToInstance(RecordRescue, {
      place: 'Jaipur',
      age: 40,
      team: [{ agency: 'AHTU', kind: 'police' }, { agency: 7, kind: 'ngo' }],
    });
    const fields = flattenValidationErrors(validateSync(dto)).map((e) => e.field);
    expect(fields).toEqual(['age', 'team[1].agency']);
  });

  it('keeps one entry per failed rule', () => {
    const dto = plainToInstance(RecordRescue, { place: 1, age: 'x', team: [] });
    const errors = flattenValidationErrors(validateSync(dto));
    expect(errors.filter((e) => e.field === 'age')).toHaveLength(2);
    expect(errors.find((e) => e.field === 'place')?.message).toBe('place must be a string');
  });

  it('becomes a 400 domain error with a count in its detail', () => {
    const error = new RequestValidationError([{ field: 'age', message: 'age must not be greater than 17' }]);
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', category: 'validation', message: 'The request has 1 invalid field.' });
  });
});
