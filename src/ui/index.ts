export * from './ConfirmDialog';
export * from './Field';
export * from './Notice';
export * from './ProgressBar';
export * from './LanguagePicker';
export * from './after-tap';
export * from './AppHeader';
export * from './Loading';
/*
 * Pieces that only screens loaded later use (IssueList, SaveStatus, StepStateText, StorageProblem, PdfResult)
 * are imported by their own path: re-exported here, they would join the first download.
 */
