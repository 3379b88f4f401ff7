export * from './format';
export * from './languages';
export { setUpI18n } from './setup';
