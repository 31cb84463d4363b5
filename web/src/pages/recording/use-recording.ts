// One change made through a form: read and check what was typed, send it, and keep either the result (for the
// confirmation panel) or the problems (for the error summary), the form staying as it was typed.
import type { OperationResult } from '@urql/core';
import { useState } from 'preact/hooks';
import type { Problem } from '../../components/govuk/form-parts.js';
import { type FieldWords, problemsOf } from './server-problems.js';

export type Reading<Input> = { input: Input } | { problems: Problem[] };

/** A reader's two answers, as functions so TypeScript keeps them apart (object literals would be merged). */
export const refuse = (problems: Problem[]): { problems: Problem[] } => ({ problems });
export const accept = <Input>(input: Input): { input: Input } => ({ input });

/** Mutations change what other pages show; these typenames make urql ask again rather than reuse a stale answer. */
export const CHANGED = { additionalTypenames: ['School', 'Award', 'Partnership', 'Contact', 'Reminder'] };

export function useRecording<Input, Result>({
  read,
  send,
  fields,
  onConflict,
}: {
  read: (form: FormData) => Reading<Input>;
  send: (input: Input) => Promise<OperationResult<Result>>;
  fields: FieldWords;
  /** Fetches the record again so the page shows what it holds now. */
  onConflict?: () => void;
}) {
  const [problems, setProblems] = useState<Problem[]>([]);
  const [done, setDone] = useState<Result | null>(null);
  const [sending, setSending] = useState(false);
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (sending) return;
    const reading = read(new FormData(event.currentTarget as HTMLFormElement));
    if ('problems' in reading) {
      setProblems(reading.problems);
      return;
    }
    setSending(true);
    const result = await send(reading.input);
    setSending(false);
    if (result.error || !result.data) {
      const refused = result.error
        ? problemsOf(result.error, fields)
        : { problems: [{ field: null, text: 'Beacon did not answer. Try again.' }], conflict: false };
      setProblems(refused.problems);
      if (refused.conflict) onConflict?.();
      return;
    }
    setProblems([]);
    setDone(result.data);
  };
  return { problems, done, sending, onSubmit };
}

/** Text typed in a field, trimmed; empty as null. */
export const textOf = (form: FormData, name: string): string | null => {
  const value = String(form.get(name) ?? '').trim();
  return value === '' ? null : value;
};
