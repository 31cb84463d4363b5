// One problem with a form, for its error summary and its field.

/** `field` is the id of the control it is about (the summary links to it), or null for the whole form. */
export interface Problem {
  field: string | null;
  text: string;
}
