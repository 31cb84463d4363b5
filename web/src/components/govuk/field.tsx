// A GOV.UK form group: a label, an optional hint (id `<id>-hint`, for the control's aria-describedby) and the control.
import type { ComponentChildren, JSX } from 'preact';

export function Field({
  id,
  label,
  labelSize,
  hint,
  children,
}: {
  id: string;
  label: ComponentChildren;
  labelSize?: 's' | 'm';
  hint?: ComponentChildren;
  children: ComponentChildren;
}) {
  return (
    <div class="govuk-form-group">
      <label class={`govuk-label${labelSize ? ` govuk-label--${labelSize}` : ''}`} for={id}>
        {label}
      </label>
      {hint ? (
        <div class="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {children}
    </div>
  );
}

/** A GOV.UK text input; `width` is the number of characters it is sized for. */
export function Input({ width, ...attributes }: { width?: 5 | 10 | 20 } & JSX.InputHTMLAttributes<HTMLInputElement>) {
  return <input class={`govuk-input${width ? ` govuk-input--width-${width}` : ''}`} {...attributes} />;
}
