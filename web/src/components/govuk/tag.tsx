// GOV.UK tags. Colour is never the only signal: the words are always shown.
import type { ComponentChildren } from 'preact';
import { awardStatusLabels } from '../../../../functions/core/labels.js';
import type { AwardStatus } from '../../generated/graphql.js';

type Colour = 'grey' | 'green' | 'yellow' | 'orange' | 'red';

/** `spaced` sets the tag a little apart from the text before it. */
export function Tag({ colour, spaced, children }: { colour?: Colour; spaced?: boolean; children: ComponentChildren }) {
  const classes = ['govuk-tag', colour ? `govuk-tag--${colour}` : '', spaced ? 'govuk-!-margin-left-1' : ''];
  return <strong class={classes.filter(Boolean).join(' ')}>{children}</strong>;
}

/** The tag colour for an award status. */
function statusColour(status: AwardStatus): Colour {
  switch (status) {
    case 'CURRENT':
      return 'green';
    case 'DUE_SOON':
    case 'DUE':
      return 'yellow';
    case 'OVERDUE':
      return 'orange';
    case 'LAPSED':
    case 'WITHDRAWN':
      return 'red';
    default:
      return 'grey';
  }
}

export function StatusTag({ status }: { status: AwardStatus }) {
  return <Tag colour={statusColour(status)}>{awardStatusLabels[status]}</Tag>;
}
