export * from './paths';
export * from './steps';
export type * from './types';
export * from './fields-holding';
