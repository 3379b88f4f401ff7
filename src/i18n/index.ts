export * from './format';
export * from './join';
export * from './languages';
export { changeLanguage, pdfResources, setUpI18n, translatorIn } from './setup';
