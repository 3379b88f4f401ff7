/**
 * The questionnaire: the ten steps as data, one file per step. The one register of questions: the step
 * forms, the review, the printed plan, the summary and the blank worksheets all walk it.
 */
import type { StepNumber } from '../../domain';
import type { StepDefinition } from '../types';
import { STEP_1 } from './step1-purpose';
import { STEP_2 } from './step2-key-products';
import { STEP_3 } from './step3-resources';
import { STEP_4 } from './step4-risks';
import { STEP_5 } from './step5-measures';
import { STEP_6 } from './step6-emergency';
import { STEP_7 } from './step7-strategies';
import { STEP_8 } from './step8-finance';
import { STEP_9 } from './step9-exercises';
import { STEP_10 } from './step10-review';

export const STEPS: readonly StepDefinition[] = [STEP_1, STEP_2, STEP_3, STEP_4, STEP_5, STEP_6, STEP_7, STEP_8, STEP_9, STEP_10];

export function stepDefinition(step: StepNumber): StepDefinition {
  const definition = STEPS.find((candidate) => candidate.step === step);
  if (!definition) throw new Error(`no step ${step}`);
  return definition;
}
