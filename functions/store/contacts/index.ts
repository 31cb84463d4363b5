// Contact lists of schools, trusts and councils: keys, a request's loader, changes.
export { changeContacts, createContactLoader } from './contacts.js';
export { contactListEntity } from './keys.js';
