// `npm start` runs as npm → sh → tsx → node: when npm is killed outright, node's own parent (tsx) lives on, so
// Beacon watches every ancestor up to init and stops when any of them is gone.
import { readFileSync } from 'node:fs';

/** The parent pid of `pid` from /proc (Linux); null where /proc is not there. */
function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: fields are counted after its last ')'.
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

function ancestors(): number[] {
  const found: number[] = [process.ppid];
  for (let pid = parentOf(process.ppid); pid !== null && pid > 1 && found.length < 8; pid = parentOf(pid)) {
    found.push(pid);
  }
  return found;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Calls `onGone` once when the parent changes or any ancestor dies; checks every second without holding the loop. */
export function watchAncestors(onGone: () => void): void {
  const parent = process.ppid;
  const watched = ancestors();
  const timer = setInterval(() => {
    if (process.ppid !== parent || !watched.every(isAlive)) {
      clearInterval(timer);
      onGone();
    }
  }, 1000);
  timer.unref();
}
