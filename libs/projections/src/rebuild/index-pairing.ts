/** An index as pg_index and pg_get_indexdef describe it. */
export interface IndexShape {
  readonly name: string;
  readonly primary: boolean;
  readonly unique: boolean;
  /** `CREATE UNIQUE INDEX name ON schema.table USING btree (col)`. */
  readonly definition: string;
}

export interface IndexRename {
  readonly from: string;
  readonly to: string;
}

/** What makes two indexes the same index of two copies of a table: everything but its name and table. */
function shapeOf(index: IndexShape): string {
  const using = index.definition.indexOf(' USING ');
  return `${index.primary}|${index.unique}|${using === -1 ? index.definition : index.definition.slice(using)}`;
}

/**
 * `CREATE TABLE ... (LIKE ... INCLUDING ALL)` names the copies' indexes after their columns; after
 * the swap they take the names the migrations gave the originals, so later migrations still find
 * them. Pairs each new index with the old one of the same shape; throws if the sets differ.
 */
export function pairIndexes(previous: readonly IndexShape[], next: readonly IndexShape[]): IndexRename[] {
  const byShape = new Map<string, string[]>();
  for (const index of [...previous].sort((a, b) => a.name.localeCompare(b.name))) {
    const names = byShape.get(shapeOf(index)) ?? [];
    names.push(index.name);
    byShape.set(shapeOf(index), names);
  }
  const renames: IndexRename[] = [];
  for (const index of [...next].sort((a, b) => a.name.localeCompare(b.name))) {
    const to = byShape.get(shapeOf(index))?.shift();
    if (to === undefined) throw new Error(`index ${index.name} of the rebuilt table matches none of the live table's`);
    if (to !== index.name) renames.push({ from: index.name, to });
  }
  const unmatched = [...byShape.values()].flat();
  if (unmatched.length > 0) throw new Error(`index ${unmatched.join(', ')} of the live table has no copy in the rebuilt table`);
  return renames;
}
