import { describe, expect, it } from 'vitest';
import { displayName, isBlank, isCurrencyCode, isPlausibleEmail, isPlausiblePhone } from './field-checks';

describe('isPlausiblePhone', () => {
  it.each([
    '199',
    '+66 81 234 5678',
    '(02) 581-2345',
    '+1 (555) 010-9999',
    '02.581.2345',
    '02 581 2345 / 089 123 4567',
    '+66 2 908 4000 ext 215',
    '+66 2 908 4000 ext. 215',
    '+66 2 908 4000 extension 215',
    '02-581-2345x12',
    '(02) 2345-6789 分機 215',
    '0750-3860099转215',
    '03-1234-5678 内線 12',
    '+62 21 555 0101 pes. 12',
    '+84 24 3826 1234 máy lẻ 12',
    '02 908 4000 ต่อ 215',
    '55 1234 5678 anexo 12',
    '02 581 2345 X 12',
    '  0812345678  ',
  ])('accepts %o', (value) => {
    expect(isPlausiblePhone(value)).toBe(true);
  });

  it.each([
    '',
    '12',
    '1-2',
    'call the office',
    '081 234 5678 ask for Anan',
    'ext 123',
    '12 ext 345',
    '0812345678#',
    '081*234*5678',
    'x12',
  ])('rejects %o', (value) => {
    expect(isPlausiblePhone(value)).toBe(false);
  });
});

describe('isPlausibleEmail', () => {
  it.each(['somchai@baanrimnam.example', 'a.b+c@d.co.th', ' name@company.com '])('accepts %o', (value) => {
    expect(isPlausibleEmail(value)).toBe(true);
  });

  it.each(['', 'somchai', 'somchai@', '@company.com', 'somchai@company', 'som chai@company.com', 'a@b@c.com', 'a@b..com', 'a@.com'])(
    'rejects %o',
    (value) => {
      expect(isPlausibleEmail(value)).toBe(false);
    },
  );
});

describe('isCurrencyCode', () => {
  it('accepts three capital letters only', () => {
    expect(isCurrencyCode('THB')).toBe(true);
    expect(isCurrencyCode('thb')).toBe(false);
    expect(isCurrencyCode('THB ')).toBe(false);
  });
});

describe('isBlank and displayName', () => {
  it('treat whitespace as empty', () => {
    expect(isBlank(' \t')).toBe(true);
    expect(isBlank(' a ')).toBe(false);
    expect(displayName('  Oven ', 0)).toBe('Oven');
    expect(displayName('  ', 2)).toBe('#3');
  });
});
