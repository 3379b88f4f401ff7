/**
 * The example plans and the large test plan. Not part of the domain index: their texts schemas are
 * built when the module loads, so the app imports them only when an example is started.
 */
export * from './food-manufacturer';
export * from './large-plan';
export * from './restaurant';
export * from './service-firm';
