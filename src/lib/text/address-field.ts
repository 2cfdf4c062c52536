import { z } from "zod";

/** What an address of another site must look like, in words. */
export const webAddressRule = "a whole https:// address of a site, e.g. https://banshi.beijing.gov.cn/ (no spaces, no login)";

/** What a link an operator configures may be, in words. */
export const linkRule = "a page of this site starting with / (e.g. /zcwj/2025/rules/) or a whole https:// address";

/** True when `value` is an https address a reader can open: a host, no login, no spaces. */
export function isWebAddress(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname.includes(".") && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** An https address of another site (a platform, a department's site). */
export const webAddress = z.string().trim().refine(isWebAddress, { message: webAddressRule });

/** A page of this site (/path/, no //host, no ..) or an https address of another. */
export const linkField = z
  .string()
  .trim()
  .refine((value) => (value.startsWith("/") ? /^\/(?!\/)[^\s\\]*$/.test(value) && !value.split(/[/?#]/).includes("..") : isWebAddress(value)), { message: linkRule });
