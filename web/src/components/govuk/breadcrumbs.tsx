// GOV.UK breadcrumbs: the way back up from a page (not printed).
export interface Crumb {
  href: string;
  text: string;
}

/** Every page's first step back: the whole country. */
export const ENGLAND: Crumb = { href: '/', text: 'England' };

export function Breadcrumbs({ crumbs }: { crumbs: readonly Crumb[] }) {
  return (
    <nav class="govuk-breadcrumbs beacon-no-print" aria-label="Breadcrumb">
      <ol class="govuk-breadcrumbs__list">
        {crumbs.map((crumb) => (
          <li class="govuk-breadcrumbs__list-item" key={crumb.href}>
            <a class="govuk-breadcrumbs__link" href={crumb.href}>
              {crumb.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
