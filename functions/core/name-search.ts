// Finding records by name as people type it: any case, any accents or punctuation, or by the record's own code.
const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase('en-GB')
    .replaceAll('&', ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** A test for records whose name contains `text` or whose code is `text`; null or blank text keeps all. */
export function nameMatcher<T>(
  text: string | null | undefined,
  nameOf: (record: T) => string,
  codesOf: (record: T) => readonly (string | undefined)[] = () => [],
): (record: T) => boolean {
  const wanted = fold(text ?? '');
  if (wanted === '') return () => true;
  const code = (text ?? '').trim().toUpperCase();
  return (record) =>
    fold(nameOf(record)).includes(wanted) || codesOf(record).some((candidate) => candidate?.toUpperCase() === code);
}

/** The sort key of a name list: lower-case name, then id, so equal names keep a stable order. */
export const nameOrderKey = (name: string, id: string) => `${name.toLocaleLowerCase('en-GB')}\u0000${id}`;
