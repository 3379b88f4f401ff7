/**
 * The example plans and the large test plan. Not part of the domain index: their texts schema is
 * built when the module loads, so the app imports them only when an example is started.
 */
export * from './example-builder';
export * from './example-texts';
export * from './food-manufacturer';
export * from './large-plan';
export * from './restaurant';
export * from './service-firm';
