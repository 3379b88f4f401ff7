export * from './paths';
export * from './steps';
export type * from './types';
