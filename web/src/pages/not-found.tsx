// "Page not found": an address Beacon has no page for, or a council, trust or school it holds nothing under.
import type { ComponentChildren } from 'preact';
import { usePageTitle } from '../components/page-title.js';

export function NotFound({ title = 'Page not found', children }: { title?: string; children?: ComponentChildren }) {
  usePageTitle('Page not found');
  return (
    <>
      <h1 class="govuk-heading-l" data-testid="not-found">
        {title}
      </h1>
      {children}
      <p class="govuk-body">
        If you typed the address, check it is correct. You can <a href="/">start from England's picture</a> or search
        for a council, trust or school above.
      </p>
    </>
  );
}

const WHAT = {
  localAuthority: {
    name: 'council',
    key: 'code',
    example: 'Councils are known by their GIAS LA code, e.g. 886 for Kent.',
  },
  trust: { name: 'trust', key: 'UID', example: 'Trusts are known by their GIAS group UID, e.g. 2864.' },
  school: { name: 'school', key: 'URN', example: 'Schools are known by their six-digit URN, e.g. 140412.' },
} as const;

export type NotFoundKind = keyof typeof WHAT;

/** Beacon holds no council, trust or school under this code (or the code cannot be one). */
export function NothingUnder({ kind, id }: { kind: NotFoundKind; id: string }) {
  const what = WHAT[kind];
  return (
    <NotFound title={`No ${what.name} with ${what.key} ${id}`}>
      <p class="govuk-body">{what.example}</p>
    </NotFound>
  );
}
