import { describe, expect, it } from 'vitest';
import messages from '../../../locales/en/validation.json';
import { planIssues } from '../rules';
import { RULE_CASES } from '../testing/rule-cases';
import { samplePlan, TODAY } from '../testing/builders';
import { ISSUE_CODES } from './issues';

const GENERIC_FORM_KEYS = ['required', 'not_a_number', 'invalid_value'];
const catalogue: Record<string, string> = messages;

const placeholders = (message: string): string[] => [...message.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? '');

describe('locales/en/validation.json', () => {
  it('has a message for every issue code, and only for issue codes and the generic form keys', () => {
    expect(Object.keys(catalogue).sort()).toEqual([...ISSUE_CODES, ...GENERIC_FORM_KEYS].sort());
  });

  it('has no empty messages', () => {
    Object.entries(catalogue).forEach(([key, message]) => expect(message.trim(), key).not.toBe(''));
  });

  it.each(RULE_CASES)('gets every placeholder of $code from the issue params', ({ code, breakPlan }) => {
    const plan = samplePlan();
    breakPlan(plan);
    const raised = planIssues(plan, TODAY).filter((issue) => issue.code === code);
    expect(raised.length).toBeGreaterThan(0);
    const needed = placeholders(catalogue[code] ?? '');
    raised.forEach((issue) => {
      const given = Object.keys(issue.params ?? {});
      expect(needed.filter((name) => !given.includes(name))).toEqual([]);
    });
  });

  it('reads placeholders in the i18next {{name}} form', () => {
    expect(placeholders('{{product}} takes {{ days }} days')).toEqual(['product', 'days']);
  });
});
