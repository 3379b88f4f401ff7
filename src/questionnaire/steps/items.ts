import { newId, IMPACT_LEVELS, type ImpactArea, type KeyProduct } from '../../domain';
import type { TypedField } from '../types';

/** An empty list item built through its schema, so that its defaults are the model's own. */
export const emptyItem = (schema: { parse: (input: unknown) => object }) => () =>
  schema.parse({ id: newId() }) as Record<string, unknown>;

/** The impact of losing a key product in one area, rated on the domain's impact levels. */
export const impact = (area: ImpactArea): TypedField<KeyProduct> => ({
  kind: 'select',
  name: `impact.${area}`,
  options: 'impactLevel',
  codes: IMPACT_LEVELS,
});
