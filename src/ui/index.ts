export * from './ConfirmDialog';
export * from './Field';
export * from './Notice';
export * from './ProgressBar';
export * from './LanguagePicker';
export * from './after-tap';
