// Who is signed in: the bearer token the API checks, kept for this browser tab only (sessionStorage), with the role
// and scope read from its claims so the page can say what it shows and why.
import { useSyncExternalStore } from 'preact/compat';

export interface Viewer {
  token: string;
  role: string;
  scope: string;
  email: string;
  expiresAt: number;
}

const KEY = 'beacon.viewer';
const listeners = new Set<() => void>();

function claimsOf(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  const json = atob(payload.replaceAll('-', '+').replaceAll('_', '/'));
  return JSON.parse(json) as Record<string, unknown>;
}

function read(): Viewer | null {
  const text = sessionStorage.getItem(KEY);
  if (!text) return null;
  const viewer = JSON.parse(text) as Viewer;
  return viewer.expiresAt * 1000 > Date.now() ? viewer : null;
}

let current = typeof sessionStorage === 'undefined' ? null : read();

export function signIn(token: string): Viewer {
  const claims = claimsOf(token);
  const viewer: Viewer = {
    token,
    role: String(claims['custom:role'] ?? ''),
    scope: String(claims['custom:scope'] ?? ''),
    email: String(claims.email ?? ''),
    expiresAt: Number(claims.exp ?? 0),
  };
  sessionStorage.setItem(KEY, JSON.stringify(viewer));
  current = viewer;
  for (const listener of listeners) listener();
  return viewer;
}

export function signOut(): void {
  sessionStorage.removeItem(KEY);
  current = null;
  for (const listener of listeners) listener();
}

export const currentViewer = () => current;

export function useViewer(): Viewer | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}

const ROLE_NAMES: Record<string, string> = {
  admin: 'Administrator',
  assessor: 'IQM assessor',
  council_officer: 'Council officer',
  trust_executive: 'Trust executive',
  school_leader: 'School leader',
};

export const roleName = (role: string) => ROLE_NAMES[role] ?? role;

/** "la:886" → "council 886"; "all" → "all of England". */
export function scopeName(scope: string): string {
  const [kind, id] = scope.split(':');
  if (kind === 'la') return `council ${id}`;
  if (kind === 'trust') return `trust ${id}`;
  if (kind === 'school') return `school ${id}`;
  return 'all of England';
}
