import { describe, expect, it } from 'vitest';
import { smsHref, telHref } from './phone-links';

describe('phone links of the emergency screen', () => {
  it('dials the number as written, with the + of an international number', () => {
    expect(telHref('081-000-5678')).toBe('tel:0810005678');
    expect(telHref('+66 81 000 5678')).toBe('tel:+66810005678');
    expect(telHref('(02) 000.1234')).toBe('tel:020001234');
  });

  it('leaves out an extension or a second number after the first', () => {
    expect(telHref('02-000-5200 ต่อ 3412')).toBe('tel:020005200');
    expect(telHref('025-000-2000 内線3412')).toBe('tel:0250002000');
    expect(telHref('555-0100 ext. 12')).toBe('tel:5550100');
    expect(telHref('555-0100, 555-0199')).toBe('tel:5550100');
  });

  it('gives no link for a number without digits', () => {
    expect(telHref('')).toBeNull();
    expect(telHref('ask at the front desk')).toBeNull();
    expect(smsHref('  ', 'hello')).toBeNull();
  });

  it('writes the prepared message into the text message', () => {
    expect(smsHref('081-000-5678', 'ร้านครัวป้าศรี: คุณปลอดภัยไหม')).toBe(
      `sms:0810005678?body=${encodeURIComponent('ร้านครัวป้าศรี: คุณปลอดภัยไหม')}`,
    );
  });
});
