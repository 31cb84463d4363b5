// After a client-side move to another page, focus goes to the new page's main heading (as a full page load would put
// a screen reader at the top): the h1 is made focusable (tabindex -1) and focused once it appears, the page's data
// having come. A change of query string alone (filters, paging) keeps focus where the person is.
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { SITE } from './page-title.js';

export function useFocusHeadingOnNavigate(path: string): void {
  const first = useRef(true);
  // Before the new page's own effects set its title: no page keeps the one before's.
  useLayoutEffect(() => {
    if (!first.current) document.title = SITE;
  }, [path]);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.getElementById('main-content');
    if (!main) return;
    const focus = (): boolean => {
      const heading = main.querySelector('h1');
      if (!heading) return false;
      heading.setAttribute('tabindex', '-1');
      heading.focus();
      return true;
    };
    if (focus()) return;
    const observer = new MutationObserver(() => {
      if (focus()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [path]);
}
