/** Loose format checks for what people type. International formats vary, so they only catch obvious slips. */

export const isBlank = (value: string): boolean => value.trim() === '';

/** Digits, spaces and + - ( ) . / with an optional extension ("ext 12", "ext. 12", "x12"). */
const PHONE = /^([\d\s()+./-]+?)(?:\s*(?:ext\.?|extension|x)\s*\d+)?$/i;
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
