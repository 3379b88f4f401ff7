/** Loose format checks for what people type. International formats vary, so they only catch obvious slips. */

export const isBlank = (value: string): boolean => value.trim() === '';

/**
 * Digits, spaces and + - ( ) . / with an optional extension, written the way each app language
 * writes it: "ext 12", "x12", "#12", "anexo 12", "pes. 12", "máy lẻ 12", "ต่อ 12", "分機 12", "转12", "内線12".
 */
const EXTENSION = String.raw`(?:ext\.?|extension|x|#|anexo|pes\.?|psw\.?|máy lẻ|nhánh|ต่อ|分機|分机|轉|转|内線|内线)`;
const PHONE = new RegExp(String.raw`^([\d\s()+./-]+?)(?:\s*${EXTENSION}\s*\d+)?$`, 'iu');
const MIN_PHONE_DIGITS = 3;

export function isPlausiblePhone(value: string): boolean {
  const number = PHONE.exec(value.trim())?.[1] ?? '';
  return (number.match(/\d/g) ?? []).length >= MIN_PHONE_DIGITS;
}

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export const isPlausibleEmail = (value: string): boolean => EMAIL.test(value.trim());

/** An ISO 4217 style code: three capital letters, e.g. THB, USD, IDR. */
export const isCurrencyCode = (value: string): boolean => /^[A-Z]{3}$/.test(value);

/** A record's own name, or its position in the list ("#3") when it has none yet. */
export const displayName = (name: string, index: number): string => name.trim() || `#${index + 1}`;
