/** The view is of one case or batch: its id is said once, at the top. */
export function without<T extends object, K extends keyof T>(data: T, ...keys: K[]): Omit<T, K> {
  const rest: Partial<T> = { ...data };
  for (const key of keys) delete rest[key];
  return rest as Omit<T, K>;
}

/** Replaces the items whose `key` is `id` with `change(item)`. */
export function updateWhere<T, K extends keyof T>(items: readonly T[], key: K, id: T[K], change: (item: T) => T): T[] {
  return items.map((item) => (item[key] === id ? change(item) : item));
}
