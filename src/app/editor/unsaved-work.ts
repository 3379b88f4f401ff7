/** Everything that may hold an unsaved change, so that it can all be saved before the app reloads. */
const savers = new Set<() => Promise<void>>();

export function registerUnsavedWork(save: () => Promise<void>): () => void {
  savers.add(save);
  return () => {
    savers.delete(save);
  };
}

export async function saveAllWork(): Promise<void> {
  await Promise.all([...savers].map((save) => save()));
}
