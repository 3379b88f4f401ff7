export * from './autosave';
export * from './database';
export * from './plans-repository';
