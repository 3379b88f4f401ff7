/** Every string inside a value: for a plan, what the user typed (which the PDF prints as typed). */
export function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}
