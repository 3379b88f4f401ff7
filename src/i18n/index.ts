export * from './format';
export * from './languages';
export { changeLanguage, pdfResources, setUpI18n, translatorIn } from './setup';
