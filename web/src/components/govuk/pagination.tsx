// GOV.UK block pagination: links to the first and the next page (the API's cursors go forwards only).
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
