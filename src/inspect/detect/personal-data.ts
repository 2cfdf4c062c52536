/** One piece of personal data found in published text. */
export interface PersonalDataMatch {
  kind: "mobile" | "id" | "bank-card";
  /** The digits (and X), without separators: what the allow-list compares. */
  value: string;
  /** Where it starts in the text, and the text as written. */
  index: number;
  raw: string;
}

/** Weights of the 18-digit 居民身份证号码's check digit (GB 11643, ISO 7064 MOD 11-2). */
const idWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** The check digit (0–9 or X) of the first 17 digits of an ID number. */
export function idCheckDigit(first17: string): string {
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * idWeights[i]!, 0);
  return "10X98765432"[sum % 11]!;
}

/** True when `value` is an 18-character ID number whose birth date is a real day and whose check digit is right. */
export function isIdNumber(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const [year, month, day] = [Number(value.slice(6, 10)), Number(value.slice(10, 12)), Number(value.slice(12, 14))];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = year >= 1900 && year <= 2099 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && idCheckDigit(value.slice(0, 17)) === value[17];
}

/** True when `digits` pass the Luhn check every bank card number carries. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

/** A mainland mobile number: 1[3-9] and 9 more digits, optionally +86, grouped 3-4-4 or not; not inside a longer number. */
const mobilePattern = /(?<![\d*])(?:\+?86[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?![\d*])/g;
/** An 18-character ID number, not inside a longer run of digits or letters. */
const idPattern = /(?<![\dA-Za-z*])\d{17}[\dXx](?![\dA-Za-z*])/g;
/** A bank card number: 16–19 digits together, or in groups of four with single spaces or hyphens. */
const cardPattern = /(?<![\d*])(?:\d{16,19}|\d{4}(?:[ -]\d{4}){3}(?:[ -]?\d{1,3})?)(?![\d*])/g;

const digitsOf = (raw: string) => raw.replace(/[^\dXx]/g, "").toUpperCase();

/**
 * The mobile numbers, ID numbers (with a right check digit and a real birth date) and bank
 * card numbers (Luhn, starting 3–6 as card networks' do) in a text. Masked numbers
 * (138****1234) are not matched: a * next to the digits stops the match.
 */
export function findPersonalData(text: string): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  const ids = new Set<number>();
  for (const match of text.matchAll(idPattern)) {
    const value = digitsOf(match[0]);
    if (isIdNumber(value)) {
      found.push({ kind: "id", value, index: match.index, raw: match[0] });
      ids.add(match.index);
    }
  }
  for (const match of text.matchAll(mobilePattern)) found.push({ kind: "mobile", value: digitsOf(match[0]).replace(/^86(?=1\d{10}$)/, ""), index: match.index, raw: match[0] });
  for (const match of text.matchAll(cardPattern)) {
    const value = digitsOf(match[0]);
    if (ids.has(match.index) || !/^[3-6]/.test(value) || !passesLuhn(value)) continue;
    found.push({ kind: "bank-card", value, index: match.index, raw: match[0] });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** A number masked for the report, which must not publish it again: 138****5678. */
export function maskNumber(value: string): string {
  const keep = value.length > 11 ? 4 : 3;
  return `${value.slice(0, keep)}${"*".repeat(Math.max(value.length - keep - 4, 4))}${value.slice(-4)}`;
}
