import { Type } from '@sinclair/typebox';
import { Uuid } from '../schema-fragments';
export { oneOf, Uuid, DateTime } from '../schema-fragments';

// Schema fragments shared by the legal events. Times are ISO 8601 strings (event data is JSON).

/** A code of the sections catalogue (`BNS-143`, `IPC-370`), stored as cited. */
export const SectionCodes = (description: string) =>
  Type.Array(Type.String({ minLength: 1, description: 'a code of the legal sections catalogue, e.g. BNS-143 or IPC-370' }), {
    description,
  });

/** Whole rupees: amounts in this domain are never fractional. */
export const Rupees = (description: string) => Type.Integer({ minimum: 0, description: `${description} (whole rupees)` });

export const FirId = Uuid('the FIR (stream fir-<firId>)');
export const CaseId = Uuid('the child\'s case (opened by the rescue or reintegration service)');
