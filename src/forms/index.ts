export { controlId } from './field-texts';
export { focusPlanPath, planPathFromHash } from './focus';
export { StepForm } from './StepForm';
export { askedIssues } from './validation';
export { useIssueText } from './issue-text';
