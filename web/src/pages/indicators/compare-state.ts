// The compare page's state in its address: `?with=881,845` names the councils beside the council (absent: its
// statistical neighbours; empty: none), `?topic=SEN` narrows the indicators. A link reproduces the view.

const CODE = /^\d{3}$/;

/** The councils asked for beside `code`, or null for "its statistical neighbours". */
export function withOf(query: Record<string, string | undefined>, code: string): string[] | null {
  if (query.with === undefined) return null;
  const codes = query.with.split(',').filter((item) => CODE.test(item) && item !== code);
  return [...new Set(codes)].slice(0, 19);
}

/** The address of the page showing `code` beside `others`, keeping the topic. */
export function compareAddress(code: string, others: readonly string[], topic: string | undefined): string {
  const search = new URLSearchParams();
  search.set('with', others.join(','));
  if (topic) search.set('topic', topic);
  return `/councils/${code}/compare?${search.toString().replace(/%2C/g, ',')}`;
}
