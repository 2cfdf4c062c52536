import { z } from "zod";

/** What a phone number may look like, in words. */
export const phoneRule = "a phone number of digits, spaces and - + ( ), e.g. 010-12345678";

/** A phone number: YAML may give the digits as a number; it is kept as written. */
export const phoneField = z.preprocess(
  (value) => (typeof value === "number" ? String(value) : value),
  z.string().trim().regex(/^[0-9+\-() ]{3,24}$/, { message: phoneRule }),
);
