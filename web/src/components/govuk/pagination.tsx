// GOV.UK pagination: block links (first and next page, for lists paged by cursor) and numbered pages.
export interface PageLink {
  href: string;
  text: string;
  rel: string;
}

export function Pagination({ label, previous, next }: { label: string; previous?: PageLink; next?: PageLink }) {
  return (
    <nav class="govuk-pagination govuk-pagination--block" aria-label={label}>
      {previous ? (
        <div class="govuk-pagination__prev">
          <PageAnchor link={previous} />
        </div>
      ) : null}
      {next ? (
        <div class="govuk-pagination__next">
          <PageAnchor link={next} />
        </div>
      ) : null}
    </nav>
  );
}

function PageAnchor({ link }: { link: PageLink }) {
  return (
    <a class="govuk-link govuk-pagination__link" href={link.href} rel={link.rel}>
      <span class="govuk-pagination__link-title">{link.text}</span>
    </a>
  );
}

/** The page numbers GOV.UK shows: the first, the last, the current one and its neighbours; null marks a gap. */
export function pageNumbers(current: number, last: number): (number | null)[] {
  const shown = [...new Set([1, current - 1, current, current + 1, last])]
    .filter((page) => page >= 1 && page <= last)
    .sort((a, b) => a - b);
  return shown.flatMap((page, index) => (index > 0 && page - (shown[index - 1] ?? page) > 1 ? [null, page] : [page]));
}

// GOV.UK Frontend's own arrows.
const ARROWS = {
  prev:
    'm6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293' +
    '-1.414-1.414z',
  next:
    'm8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062' +
    '-6.7246-6.7266z',
};

const Arrow = ({ direction }: { direction: 'prev' | 'next' }) => (
  <svg
    class={`govuk-pagination__icon govuk-pagination__icon--${direction}`}
    xmlns="http://www.w3.org/2000/svg"
    height="13"
    width="15"
    aria-hidden="true"
    focusable="false"
    viewBox="0 0 15 13"
  >
    <path d={ARROWS[direction]} />
  </svg>
);

/** GOV.UK pagination with page numbers, previous and next; `hrefOf` gives a page's address. */
export function NumberedPagination({
  label,
  current,
  last,
  hrefOf,
}: {
  label: string;
  current: number;
  last: number;
  hrefOf: (page: number) => string;
}) {
  if (last <= 1) return null;
  return (
    <nav class="govuk-pagination beacon-no-print" aria-label={label} data-testid="pagination">
      {current > 1 ? (
        <div class="govuk-pagination__prev">
          <a class="govuk-link govuk-pagination__link" href={hrefOf(current - 1)} rel="prev">
            <Arrow direction="prev" />
            <span class="govuk-pagination__link-title">
              Previous<span class="govuk-visually-hidden"> page</span>
            </span>
          </a>
        </div>
      ) : null}
      <ul class="govuk-pagination__list">
        {pageNumbers(current, last).map((page, index) =>
          page === null ? (
            <li class="govuk-pagination__item govuk-pagination__item--ellipses" key={`gap-${index}`}>
              ⋯
            </li>
          ) : (
            <li
              class={`govuk-pagination__item${page === current ? ' govuk-pagination__item--current' : ''}`}
              key={page}
            >
              <a
                class="govuk-link govuk-pagination__link"
                href={hrefOf(page)}
                aria-label={`Page ${page}`}
                aria-current={page === current ? 'page' : undefined}
              >
                {page}
              </a>
            </li>
          ),
        )}
      </ul>
      {current < last ? (
        <div class="govuk-pagination__next">
          <a class="govuk-link govuk-pagination__link" href={hrefOf(current + 1)} rel="next">
            <span class="govuk-pagination__link-title">
              Next<span class="govuk-visually-hidden"> page</span>
            </span>
            <Arrow direction="next" />
          </a>
        </div>
      ) : null}
    </nav>
  );
}
