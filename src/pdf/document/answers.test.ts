import { describe, expect, it } from 'vitest';
import { STEP_NUMBERS } from '../../domain';
import { questionOf } from '../../questionnaire';
import { LAID_OUT_BY_HAND, otherAnswerKeys } from './answers';

describe('the plain answers of the printed plan', () => {
  it('lays out by hand only questions the questionnaire asks, outside lists', () => {
    const strays = [...LAID_OUT_BY_HAND].filter((key) => {
      const question = questionOf(key);
      return question === undefined || question.definition.kind === 'list';
    });
    expect(strays).toEqual([]);
  });

  it('leaves no question of today’s questionnaire to the catch-all rows, so nothing prints twice', () => {
    for (const path of ['full', 'quick'] as const) {
      expect(STEP_NUMBERS.flatMap((step) => otherAnswerKeys({ path }, step))).toEqual([]);
    }
  });

  it('gives a plain question no section places to the catch-all rows of its step, on the path that asks it', () => {
    const fields = [
      { key: 'finance.bankBranch', step: 8, definition: { kind: 'text', name: 'finance.bankBranch' } },
      { key: 'finance.insurance', step: 8, definition: { kind: 'list', name: 'finance.insurance', orderable: false, titleFields: [], summaryFields: [], fields: [], newItem: () => ({}) } },
      { key: 'finance.insurance.broker', step: 8, definition: { kind: 'text', name: 'broker' } },
      { key: 'finance.cashOnHand', step: 8, definition: { kind: 'number', name: 'finance.cashOnHand' } },
    ] as const;
    expect(otherAnswerKeys({ path: 'full' }, 8, fields)).toEqual(['finance.bankBranch']);
    expect(otherAnswerKeys({ path: 'full' }, 7, fields)).toEqual([]);
    expect(otherAnswerKeys({ path: 'quick' }, 8, fields)).toEqual([]);
  });
});
