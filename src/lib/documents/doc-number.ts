/**
 * 发文字号 (GB/T 9704): 机关代字, the year in full-width 六角括号 〔〕, the 序号 without
 * leading zeros, then 号 — 京西政发〔2025〕3号.
 */
const docNumberPattern = /^(\p{Script=Han}[\p{Script=Han}A-Za-z0-9]{0,19})〔(\d{4})〕([1-9]\d{0,4})号$/u;

export const docNumberRule = "the 发文字号 as 机关代字〔年份〕序号号, with the full-width 〔〕 around the 4-digit year and no leading zeros, e.g. 京西政发〔2025〕3号";

/** Brackets people type instead of 〔〕, and what to call them. */
const wrongBrackets: [open: string, close: string][] = [
  ["[", "]"], ["(", ")"], ["（", "）"], ["【", "】"], ["［", "］"], ["〈", "〉"], ["<", ">"], ["{", "}"], ["〖", "〗"], ["﹝", "﹞"],
];

/**
 * What is wrong with a 发文字号, as the "expected …" part of a problem, or undefined when
 * it is well formed. The common slips (half-width [2025] or (2025), a leading zero, a
 * two-digit year) get a message of their own that shows the expected form.
 */
export function docNumberProblem(value: string): string | undefined {
  if (docNumberPattern.test(value)) return undefined;
  const bracketed = /(\D)(\d{2,4})(\D)/u.exec(value);
  if (bracketed) {
    const [, open, year, close] = bracketed;
    const wrong = wrongBrackets.find(([o, c]) => o === open || c === close);
    if (wrong && (open !== "〔" || close !== "〕")) {
      return `the year in full-width 〔〕 (六角括号), not ${open}${year}${close}: write ${value.replace(`${open}${year}${close}`, `〔${year}〕`)}`;
    }
  }
  const parts = /〔(\d+)〕(\d+)号$/u.exec(value);
  if (parts && parts[1]!.length !== 4) return `a 4-digit year inside 〔〕, not 〔${parts[1]}〕; ${docNumberRule}`;
  if (parts && parts[2]!.startsWith("0")) return `a 序号 without leading zeros (序号不编虚位), not ${parts[2]}: write ${value.replace(/〕0+(\d)/u, "〕$1")}`;
  if (!value.endsWith("号")) return `a 发文字号 ending in 号; ${docNumberRule}`;
  return docNumberRule;
}
