// The recording forms' addresses, for the app's router: each names what it changes, so a link reproduces the form.
import { Route } from 'preact-iso';
import { AddPartnershipPage } from './add-partnership.js';
import { AwardFormPage } from './award-form.js';
import { AddContactPage, RemoveContactPage } from './contact-forms.js';
import { EndPartnershipPage } from './end-partnership.js';
import { ReviewFormPage } from './review-form.js';

export const recordingRoutes = [
  <Route key="review" path="/schools/:urn/awards/:awardId/review" component={ReviewFormPage} />,
  <Route key="award" path="/schools/:urn/awards/new" component={AwardFormPage} />,
  <Route key="partnership" path="/schools/:urn/partnerships/new" component={AddPartnershipPage} />,
  <Route key="end-partnership" path="/schools/:urn/partnerships/end" component={EndPartnershipPage} />,
  <Route key="contact" path="/contacts/new" component={AddContactPage} />,
  <Route key="remove-contact" path="/contacts/remove" component={RemoveContactPage} />,
];
