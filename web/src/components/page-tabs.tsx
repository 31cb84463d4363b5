// The pages of one council, trust or school side by side as links (each with its own address): the overview and
// what changed. The current one is marked for screen readers as well as by its look.
const PAGES = [
  { key: 'overview', suffix: '', text: 'Overview' },
  { key: 'changes', suffix: '/changes', text: "What's changed" },
] as const;

export function PageTabs({ base, current }: { base: string; current: (typeof PAGES)[number]['key'] }) {
  return (
    <nav class="beacon-page-tabs beacon-no-print" aria-label="Pages of this record">
      <ul class="beacon-page-tabs__list">
        {PAGES.map((page) => (
          <li
            key={page.key}
            class={`beacon-page-tabs__item${page.key === current ? ' beacon-page-tabs__item--current' : ''}`}
          >
            <a
              class="govuk-link govuk-link--no-visited-state beacon-page-tabs__link"
              href={`${base}${page.suffix}`}
              aria-current={page.key === current ? 'page' : undefined}
              data-testid={`tab-${page.key}`}
            >
              {page.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
