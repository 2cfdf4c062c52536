import { z } from "zod";
import type { PublishTime } from "../model/types.ts";
import { dateRule, parsePublishTime } from "./shanghai-time.ts";

/**
 * A date in a settings or data file (`updated: 2025-03-07`), read on a Beijing clock as
 * article dates are; the publish time pages and the inspection use. YAML leaves it a string
 * (the core schema has no timestamps); an unquoted year alone arrives as a number and is refused.
 */
export const dateField = z
  .string()
  .refine((value) => parsePublishTime(value) !== undefined, { message: dateRule })
  .transform((value): PublishTime => parsePublishTime(value)!);
