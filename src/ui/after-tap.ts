/**
 * A tap that leaves a field blurs it at pointerdown, long before the tap ends. Whatever the blur changes in
 * the layout (an error shown under the field, its guidance folded away) moves the tapped button, and the tap
 * ends elsewhere: it is lost. Such changes wait until the pointer is released and its click has happened.
 */
let held = false;
const waiting = new Set<() => void>();

function release(): void {
  held = false;
  // The click follows pointerup in the same task: run the changes after it.
  setTimeout(() => {
    const changes = [...waiting];
    waiting.clear();
    for (const change of changes) change();
  }, 0);
}

if (typeof document !== 'undefined') {
  document.addEventListener('pointerdown', () => (held = true), true);
  document.addEventListener('pointerup', release, true);
  document.addEventListener('pointercancel', release, true);
}

/** Whether a finger or mouse button is down. */
export function isPointerHeld(): boolean {
  return held;
}

/** Runs `change` now, or once the pointer that is down is released and its click has happened. */
export function afterTap(change: () => void): void {
  if (held) waiting.add(change);
  else change();
}
