// Search's name lists of councils, trusts and schools: read (kept in memory, checked by stamps) and written whole.
export { type NamedSchool, type NameLists, readNameLists } from './read.js';
export { nameListItems } from './writes.js';
