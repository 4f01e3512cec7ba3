import { defineEvent } from '@setu/contracts';
import { Type } from '@sinclair/typebox';
import { contractViolations } from './contract-violations';

const NOTED = defineEvent('test.Noted', 1, Type.Object({ text: Type.String({ minLength: 1 }) }, { additionalProperties: false }));

describe('contractViolations', () => {
  it('passes events that match their contract, and names each that does not', () => {
    expect(contractViolations([NOTED], [{ type: 'test.Noted', schemaVersion: 1, data: { text: 'a' } }])).toEqual([]);
    expect(
      contractViolations(
        [NOTED],
        [
          { type: 'test.Other', schemaVersion: 1, data: {} },
          { type: 'test.Noted', schemaVersion: 2, data: { text: 'a' } },
          { type: 'test.Noted', schemaVersion: 1, data: { text: '' } },
        ],
      ),
    ).toEqual([
      'test.Other: not an event of these contracts',
      'test.Noted: schema version 2, not 1',
      expect.stringMatching(/^test\.Noted: data\/text must NOT have fewer than 1 characters/),
    ]);
  });
});
