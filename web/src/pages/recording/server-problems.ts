// The API's refusals of a change, in plain words for the error summary: BAD_USER_INPUT linked to the field it names,
// FORBIDDEN, NOT_FOUND and CONFLICT as sentences; ids, enum names and ISO dates turned into what people read.
import type { CombinedError } from '@urql/core';
import { awardLevelLabels, awardStatusLabels } from '../../../../functions/core/labels.js';
import type { Problem } from '../../components/govuk/problem.js';
import { formatDate } from '../../format.js';

/** The form's fields by the input's argument name: the control's id and how a sentence names it. */
export type FieldWords = Record<string, { id: string; name: string }>;

const WORDS: Record<string, string> = { ...awardLevelLabels, ...awardStatusLabels };
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "Award A-140412-… is LAPSED on 2026-12-06" → "This award is Lapsed on 6 December 2026". */
export function plainWords(message: string): string {
  return message
    .replace(/\b(\w+ )?[Aa]ward A-[\w-]+/g, (_, before: string | undefined) => `${before ?? ''}this award`)
    .replace(/\b\d{4}-\d{2}-\d{2}\b/g, (date) => formatDate(date))
    .replace(/\b[A-Z]{3,}(?:_[A-Z]+)*\b/g, (code) => WORDS[code] ?? code)
    .replace(/^this/, 'This');
}

const STALE =
  'Someone else changed this record while you had the form open. What it holds now is shown on this page: check ' +
  'it, then send the form again if your change is still needed.';

function badInput(message: string, extensions: Record<string, unknown>, fields: FieldWords): Problem[] {
  const listed = Array.isArray(extensions.problems) ? (extensions.problems as string[]) : [];
  if (listed.length > 0) {
    return listed.map((item) => {
      const [path = '', ...rest] = item.split(': ');
      const field = fields[path.split('.')[0] ?? ''];
      const said = plainWords(rest.join(': '));
      return field ? { field: field.id, text: `${capitalise(field.name)} ${said}` } : { field: null, text: said };
    });
  }
  const argument = typeof extensions.argument === 'string' ? extensions.argument.replace(/^input\./, '') : '';
  const field = fields[argument];
  if (!field) return [{ field: null, text: plainWords(message) }];
  const named = message.includes(argument) ? message.replace(argument, field.name) : message;
  return [{ field: field.id, text: capitalise(plainWords(named)) }];
}

/** The problems to show, and whether the record changed under the form (CONFLICT: show its current state). */
export function problemsOf(error: CombinedError, fields: FieldWords): { problems: Problem[]; conflict: boolean } {
  if (error.networkError && error.graphQLErrors.length === 0) {
    return {
      problems: [{ field: null, text: 'Beacon could not be reached. Your answers are kept: try again in a moment.' }],
      conflict: false,
    };
  }
  let conflict = false;
  const problems = error.graphQLErrors.flatMap((item): Problem[] => {
    const extensions = item.extensions ?? {};
    switch (extensions.code) {
      case 'BAD_USER_INPUT':
        return badInput(item.message, extensions, fields);
      case 'FORBIDDEN':
        return [{ field: null, text: `You cannot make this change. ${plainWords(item.message)}` }];
      case 'NOT_FOUND':
        return [
          { field: null, text: `${plainWords(item.message)} It may have been removed: go back and start again.` },
        ];
      case 'CONFLICT':
        conflict = true;
        return [
          { field: null, text: /changed since you read it/.test(item.message) ? STALE : plainWords(item.message) },
        ];
      default:
        return [{ field: null, text: 'Beacon could not make this change. Your answers are kept: try again.' }];
    }
  });
  return { problems, conflict };
}
