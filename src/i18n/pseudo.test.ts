import { describe, expect, it } from 'vitest';
import { pseudoLocalize, pseudoLocalizeResource } from './pseudo';

describe('pseudoLocalize', () => {
  it('accents every ASCII letter and lengthens by about 30 %', () => {
    const result = pseudoLocalize('Save plan');
    expect(result).not.toMatch(/[A-Za-z]/);
    expect(result.length).toBeGreaterThanOrEqual(Math.ceil('Save plan'.length * 1.3));
  });

  it('keeps placeholders, nesting and tags working', () => {
    const result = pseudoLocalize('Delete {{name}}? <1>Undo</1> $t(common:ok)');
    expect(result).toContain('{{name}}');
    expect(result).toContain('<1>');
    expect(result).toContain('</1>');
    expect(result).toContain('$t(common:ok)');
  });

  it('transforms nested resources', () => {
    expect(pseudoLocalizeResource({ a: { b: 'Yes' } })).toEqual({ a: { b: pseudoLocalize('Yes') } });
  });
});
