// Each view's own title, most specific first ("Kent — schools — Beacon"), so tabs, history and screen readers tell
// pages apart. Parts not known yet (data still coming) leave the title alone; a not-found state sets its own.
import { useEffect } from 'preact/hooks';

export const SITE = 'Beacon';

/** "Kent", "schools" → "Kent — schools — Beacon"; empty parts are skipped. */
export function pageTitle(...parts: (string | null | undefined)[]): string {
  return [...parts.filter((part): part is string => Boolean(part)), SITE].join(' — ');
}

/** Sets the document's title once the first part (the page's subject) is known. */
export function usePageTitle(...parts: (string | null | undefined)[]): void {
  const ready = Boolean(parts[0]);
  const title = pageTitle(...parts);
  useEffect(() => {
    if (ready) document.title = title;
  }, [ready, title]);
}
