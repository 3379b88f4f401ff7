/** A phone number as a dialler reads it: digits, with the + of an international number. */
function dialable(phone: string): string {
  const trimmed = phone.trim();
  return `${trimmed.startsWith('+') ? '+' : ''}${trimmed.replace(/\D/g, '')}`;
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
