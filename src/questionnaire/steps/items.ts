import { newId } from '../../domain';
import type { FieldDefinition } from '../types';

export const IMPACT_LEVELS = [1, 2, 3] as const;
export const SCALE_OF_FIVE = [1, 2, 3, 4, 5] as const;

/** An empty list item built through its schema, so that its defaults are the model's own. */
export const emptyItem = (schema: { parse: (input: unknown) => object }) => () =>
  schema.parse({ id: newId() }) as Record<string, unknown>;

export const impact = (name: string): FieldDefinition => ({
  kind: 'select',
  name,
  options: 'impactLevel',
  codes: IMPACT_LEVELS,
});
