// What every recording form is made of, in one import: the GOV.UK parts, the form frame, reading and sending.
export { Checkboxes } from '../../components/govuk/checkboxes.js';
export { DateInput } from '../../components/govuk/date-input.js';
export { dateFrom, dateLeftBlank } from '../../components/govuk/date-reading.js';
export { describedBy, FormGroup, type Problem, problemFor } from '../../components/govuk/form-parts.js';
export { Radios } from '../../components/govuk/radios.js';
export { Done, FormPage, SendButton, useNotOffered } from './form-page.js';
export { mayRecord, schoolTarget } from './may-record.js';
export { useRecordingSchool } from './recording-school.js';
export { accept, CHANGED, refuse, textOf, useRecording } from './use-recording.js';
