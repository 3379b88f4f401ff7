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
  flushSync(() => pathToShow.set({ path: path.join('.') }));
  pathToShow.set(null);
  for (let length = path.length; length > 0; length -= 1) {
    const element = document.getElementById(controlId(path.slice(0, length).join('.')));
    if (element) {
      element.focus();
      element.scrollIntoView({ block: 'center' });
      return true;
    }
  }
  return false;
}

export function planPathFromHash(hash: string): string[] {
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  return id.startsWith(controlId('')) ? id.slice(controlId('').length).split('.') : [];
}
