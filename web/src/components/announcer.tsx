// One polite live region in the page frame, there before any result arrives, so screen readers hear a list's count
// ("26 schools match") when it changes; a region made together with its text is often not read out.
import { useEffect } from 'preact/hooks';

const ID = 'beacon-announcer';

export function Announcer() {
  return <div id={ID} class="govuk-visually-hidden" aria-live="polite" aria-atomic="true" />;
}

/** Announces `message` whenever it changes (null: nothing to say yet). */
export function useAnnounce(message: string | null | undefined): void {
  useEffect(() => {
    const region = document.getElementById(ID);
    if (!region || !message) return;
    // Emptied first, so the same words said again after a new search are read again.
    region.textContent = '';
    const timer = setTimeout(() => {
      region.textContent = message;
    }, 100);
    return () => clearTimeout(timer);
  }, [message]);
}
