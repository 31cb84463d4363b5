// Who is signed in: the bearer token the API checks, with the role and scope read from its claims so the page can say
// what it shows and why. Kept in localStorage so a new tab and a reload stay signed in until the token expires; the
// storage event tells every other open tab when someone signs in or out.
import { useSyncExternalStore } from 'preact/compat';
import { roleLabels, scopeLabel } from '../../functions/core/labels.js';
import type { Role } from '../../functions/core/roles.js';

export interface Viewer {
  token: string;
  role: string;
  scope: string;
  email: string;
  expiresAt: number;
}

const KEY = 'beacon.viewer';
const listeners = new Set<() => void>();
const storage = (): Storage | null => (typeof localStorage === 'undefined' ? null : localStorage);

function claimsOf(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  const json = atob(payload.replaceAll('-', '+').replaceAll('_', '/'));
  return JSON.parse(json) as Record<string, unknown>;
}

const live = (viewer: Viewer | null) => (viewer && viewer.expiresAt * 1000 > Date.now() ? viewer : null);

function read(): Viewer | null {
  const text = storage()?.getItem(KEY);
  if (!text) return null;
  try {
    return live(JSON.parse(text) as Viewer);
  } catch {
    return null;
  }
}

let current = read();
let expiry: ReturnType<typeof setTimeout> | undefined;

function publish(viewer: Viewer | null): void {
  current = viewer;
  clearTimeout(expiry);
  // Signed out when the token expires, as the API would refuse it from then on (timers cap at about 24.8 days).
  if (viewer) expiry = setTimeout(signOut, Math.min(viewer.expiresAt * 1000 - Date.now(), 2 ** 31 - 1));
  for (const listener of listeners) listener();
}

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === KEY || event.key === null) publish(read());
  });
  if (current) publish(current);
}

export function signIn(token: string): Viewer {
  const claims = claimsOf(token);
  const viewer: Viewer = {
    token,
    role: String(claims['custom:role'] ?? ''),
    scope: String(claims['custom:scope'] ?? ''),
    email: String(claims.email ?? ''),
    expiresAt: Number(claims.exp ?? 0),
  };
  storage()?.setItem(KEY, JSON.stringify(viewer));
  publish(viewer);
  return viewer;
}

export function signOut(): void {
  storage()?.removeItem(KEY);
  publish(null);
}

/** The viewer now; an expired token counts as signed out. */
export const currentViewer = () => live(current);

export function useViewer(): Viewer | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}

export const roleName = (role: string) => roleLabels[role as Role] ?? role;

export const scopeName = scopeLabel;

/** A signed-in viewer's home: their own council, trust or school; England for everyone else. */
export function homeOf(viewer: Viewer | null): string {
  const [kind, id] = (viewer?.scope ?? '').split(':');
  if (!id) return '/';
  if (kind === 'la') return `/councils/${id}`;
  if (kind === 'trust') return `/trusts/${id}`;
  if (kind === 'school') return `/schools/${id}`;
  return '/';
}
