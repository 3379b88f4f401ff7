import { useEffect, useRef } from 'react';
import { useLocation } from 'wouter';

/** About two seconds at 60 frames a second: long enough for a screen that loads its code or its plan first. */
const FRAMES_TO_WAIT = 120;

/**
 * Calls `found` with the element `find` returns, at once or on one of the next animation frames (a
 * screen loading its code, a list opening a record). Gives up after `frames` frames and then calls
 * `missing`. Returns a function that stops the waiting.
 */
export function whenPresent<T extends Element>(
  find: () => T | null,
  found: (element: T) => void,
  { frames = FRAMES_TO_WAIT, missing }: { frames?: number; missing?: () => void } = {},
): () => void {
  let frame = 0;
  let request = 0;
  const attempt = () => {
    const element = find();
    if (element) found(element);
    else if (frame >= frames) missing?.();
    else {
      frame += 1;
      request = requestAnimationFrame(attempt);
    }
  };
  attempt();
  return () => cancelAnimationFrame(request);
}

function isInView(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.height > window.innerHeight ? box.top <= 0 && box.bottom >= window.innerHeight : box.top >= 0 && box.bottom <= window.innerHeight;
}

/** Where `element` is on the page (not in the window): it changes only when something above it changes size. */
const pageTop = (element: Element) => element.getBoundingClientRect().top + window.scrollY;

/**
 * Brings `element` to the middle of the window, and back there while the page settles over the next
 * `frames` frames: records off screen are laid out only when they come near (content-visibility), so
 * the records above it can grow after the jump and push it out of view. A scroll by the user, which
 * does not move the element on the page, is left alone.
 */
export function scrollToCenter(element: Element, frames = 60): void {
  element.scrollIntoView({ block: 'center' });
  let placedAt = pageTop(element);
  let frame = 0;
  const settle = () => {
    if (!element.isConnected || frame >= frames) return;
    frame += 1;
    const top = pageTop(element);
    if (top !== placedAt) {
      if (!isInView(element)) element.scrollIntoView({ block: 'center' });
      placedAt = pageTop(element);
    }
    requestAnimationFrame(settle);
  };
  requestAnimationFrame(settle);
}

/**
 * On every change of screen (not on the first load): the new screen starts at its top, and keyboard focus
 * moves to its heading, so that the first question is a few Tabs away and a screen reader announces the
 * screen. An address with a #fragment names a field, which its screen focuses instead.
 */
export function useFocusOnRouteChange(): void {
  const [path] = useLocation();
  const previous = useRef(path);
  useEffect(() => {
    if (previous.current === path) return undefined;
    previous.current = path;
    if (window.location.hash) return undefined;
    window.scrollTo(0, 0);
    const focusedBefore = document.activeElement;
    return whenPresent(
      () => document.querySelector<HTMLElement>('#main h1'),
      (heading) => {
        // A screen that loaded its code first may already have been given focus in the meantime: leave it there.
        const focused = document.activeElement;
        if (focused && focused !== focusedBefore && focused !== document.body) return;
        if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
      },
    );
  }, [path]);
}
