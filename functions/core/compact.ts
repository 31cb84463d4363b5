// Records without undefined fields, so a record compares and stores the same whether a fact is absent or undefined.
export function compact<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
