import { flushSync } from 'react-dom';
import { controlId } from './field-texts';
import { LiveValue } from './plan-form-context';

/** A plan path the owner is being taken to (a link to a field): the closed records on its way open to show it. */
export interface ShowRequest {
  path: string;
}

export const pathToShow = new LiveValue<ShowRequest | null>(null);

/**
 * Moves focus to the control of a plan path, or to the closest enclosing record or list
 * when the path points at something without a control of its own. Returns whether it found one.
 */
export function focusPlanPath(path: readonly (string | number)[]): boolean {
  // Opens the records on the way. Called while React commits (an effect), the records open right after it:
  // focus then moves on to the field in the next frame.
  const request = { path: path.join('.') };
  flushSync(() => pathToShow.set(request));
  let found = false;
  for (let length = path.length; length > 0 && !found; length -= 1) {
    const element = document.getElementById(controlId(path.slice(0, length).join('.')));
    if (element) {
      element.focus();
      element.scrollIntoView({ block: 'center' });
      found = true;
    }
  }
  requestAnimationFrame(() => {
    if (document.activeElement?.id !== controlId(request.path)) focusControl(path);
    // Done: a list shown later (another visit to the step) opens nothing.
    if (pathToShow.get() === request) pathToShow.set(null);
  });
  return found;
}

function focusControl(path: readonly (string | number)[]): void {
  const element = document.getElementById(controlId(path.join('.')));
  if (!element) return;
  element.focus();
  element.scrollIntoView({ block: 'center' });
}

export function planPathFromHash(hash: string): string[] {
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  return id.startsWith(controlId('')) ? id.slice(controlId('').length).split('.') : [];
}
