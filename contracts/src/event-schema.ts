import type { Static, TObject } from '@sinclair/typebox';

/**
 * Marks an identifying field (name, guardian's name, village, address, photo) in an event schema.
 * The privacy layer encrypts exactly these fields with the child's key; the domain never needs to
 * know. Use as `Type.String({ ...PII })`.
 */
export const PII = { 'x-pii': true } as const;

/** A versioned event type: its stable name, its schema version and the JSON Schema of `data`. */
export interface EventDefinition<Type extends string = string, Schema extends TObject = TObject> {
  readonly type: Type;
  readonly schemaVersion: number;
  readonly schema: Schema;
}

export function defineEvent<const Type extends string, Schema extends TObject>(
  type: Type,
  schemaVersion: number,
  schema: Schema,
): EventDefinition<Type, Schema> {
  return { type, schemaVersion, schema: { ...schema, $id: `urn:setu:event:${type}:v${schemaVersion}`, title: type } };
}

/** The domain's view of an event of this definition: a plain readonly object with a string type. */
export type EventOf<D extends EventDefinition> = Readonly<{
  type: D['type'];
  data: Readonly<Static<D['schema']>>;
  occurredAt?: Date;
  schemaVersion?: number;
}>;

/** Paths of the fields marked PII in a schema, e.g. `names[].given`, for the privacy layer and tests. */
export function piiPaths(schema: unknown, path = ''): string[] {
  if (typeof schema !== 'object' || schema === null) return [];
  const node = schema as Record<string, unknown>;
  const own = node['x-pii'] === true ? [path] : [];
  const properties = (node.properties ?? {}) as Record<string, unknown>;
  const nested = Object.entries(properties).flatMap(([key, child]) => piiPaths(child, path ? `${path}.${key}` : key));
  const items = node.items === undefined ? [] : piiPaths(node.items, `${path}[]`);
  const variants = [...((node.anyOf ?? []) as unknown[]), ...((node.oneOf ?? []) as unknown[])].flatMap((v) => piiPaths(v, path));
  return [...own, ...nested, ...items, ...variants];
}
