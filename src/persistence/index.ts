export * from './autosave';
export * from './database';
export * from './plans-repository';
export * from './draft-backup';
export * from './plan-file';
export * from './backup';
export * from './plan-broadcast';
