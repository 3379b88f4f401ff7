/**
 * Which plans on this device are fresh copies of an example, kept beside the plan (never inside it): the
 * example's company name per plan id. A copy counts as fresh while it still carries that name.
 */
const KEY_PREFIX = 'bcp-builder.example-copy.';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Remembers that `planId` was just copied from an example named `exampleName`. */
export function markExampleCopy(planId: string, exampleName: string): void {
  try {
    storage()?.setItem(KEY_PREFIX + planId, exampleName);
  } catch {
    // Without storage the copy simply opens without its banner.
  }
}

/** Whether the plan is a copy of an example that still carries the example's name. */
export function isFreshExampleCopy(planId: string, companyName: string): boolean {
  return storage()?.getItem(KEY_PREFIX + planId) === companyName;
}

/** The plan was renamed or the owner closed the banner: it is theirs now. */
export function forgetExampleCopy(planId: string): void {
  storage()?.removeItem(KEY_PREFIX + planId);
}
