import { useEffect, useRef } from 'react';

/** The page's main heading, made focusable without joining the Tab order. */
function mainHeading(main: HTMLElement): HTMLElement | null {
  const heading = main.querySelector<HTMLElement>('h1');
  heading?.setAttribute('tabindex', '-1');
  return heading;
}

/** Moves focus to the start of the page's content: its heading, else the main region itself. */
export function focusPageStart(main: HTMLElement): void {
  (mainHeading(main) ?? main).focus();
}

/**
 * After moving to another page, focus goes to its heading, so a screen reader announces where the
 * user is and Tab continues from the page's start — unless the page put focus somewhere itself
 * (the intake page's search box). Pages load on first visit, so the heading is waited for, briefly.
 */
export function useFocusHeadingOnNavigation(main: React.RefObject<HTMLElement | null>, pathname: string): void {
  // The first page is left alone: there, the first Tab should reach the skip link.
  const firstPath = useRef(pathname);
  useEffect(() => {
    if (pathname === firstPath.current) return;
    firstPath.current = '';
    let frames = 0;
    let handle = 0;
    const attempt = () => {
      const region = main.current;
      if (!region) return;
      const active = document.activeElement;
      if (active && active !== document.body && region.contains(active)) return;
      const heading = mainHeading(region);
      if (heading) heading.focus();
      else if (frames++ < 120) handle = requestAnimationFrame(attempt);
    };
    handle = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(handle);
  }, [main, pathname]);
}
