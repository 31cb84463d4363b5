// Search's name lists of councils, trusts and schools: read (kept in memory, checked by stamps) and written whole.
export { readNameLists, type NameLists, type NamedSchool } from './read.js';
export { nameListItems } from './writes.js';
