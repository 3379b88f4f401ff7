export * from './format';
export * from './languages';
export { changeLanguage, setUpI18n } from './setup';
