/**
 * A phone number as a dialler reads it: the digits of the number written first, with the + of an international
 * number. What follows it (an extension, "ต่อ 3412", "ext. 12", a second number after a comma) is left out.
 */
function dialable(phone: string): string {
  const number = /^\s*\+?[\d\s().-]*/.exec(phone)?.[0].trim() ?? '';
  return `${number.startsWith('+') ? '+' : ''}${number.replace(/\D/g, '')}`;
}

/** A link that calls the number; null when it holds no digits. */
export function telHref(phone: string): string | null {
  const number = dialable(phone);
  return /\d/.test(number) ? `tel:${number}` : null;
}

/** A link that opens a text message to the number with `body` written in; null when it holds no digits. */
export function smsHref(phone: string, body: string): string | null {
  const number = dialable(phone);
  return /\d/.test(number) ? `sms:${number}?body=${encodeURIComponent(body)}` : null;
}
