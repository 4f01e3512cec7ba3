import type { EventDefinition } from '@setu/contracts';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const ajv = addFormats(new Ajv({ strict: false, allErrors: true }));
const compiled = new WeakMap<object, ReturnType<typeof ajv.compile>>();

function validatorOf(definition: EventDefinition): ReturnType<typeof ajv.compile> {
  const known = compiled.get(definition.schema);
  if (known !== undefined) return known;
  const validate = ajv.compile(definition.schema);
  compiled.set(definition.schema, validate);
  return validate;
}

/** Stored events checked against their contracts: type, schema version and data (empty: all valid). */
export function contractViolations(
  definitions: readonly EventDefinition[],
  events: readonly { readonly type: string; readonly schemaVersion: number; readonly data: unknown }[],
): string[] {
  return events.flatMap((event) => {
    const definition = definitions.find((d) => d.type === event.type);
    if (definition === undefined) return [`${event.type}: not an event of these contracts`];
    if (definition.schemaVersion !== event.schemaVersion) return [`${event.type}: schema version ${event.schemaVersion}, not ${definition.schemaVersion}`];
    const validate = validatorOf(definition);
    return validate(event.data) ? [] : [`${event.type}: ${ajv.errorsText(validate.errors)}`];
  });
}
