import { z } from "zod";
import { webAddress, webAddressRule } from "../text/address-field.ts";
import { phoneField, phoneRule } from "../text/phone-field.ts";
import { plainText } from "../text/plain-text-schema.ts";

/** What each field of platforms.yaml must look like, in words. */
export const platformRules: Readonly<Record<string, string>> = {
  "(file)": "services: and interaction:, each a list of platforms",
  services: "a list of the platforms where residents apply (办事服务)",
  interaction: "a list of the channels where residents ask, suggest and complain (互动交流)",
  "services.*": "a platform with name, description and url or phone",
  "interaction.*": "a platform with name, description and url or phone",
  "services.*.name": "the platform's name, e.g. 北京市政务服务网",
  "interaction.*.name": "the platform's name, e.g. 12345市民服务热线",
  "services.*.description": "one sentence saying what residents do there",
  "interaction.*.description": "one sentence saying what residents do there",
  "services.*.url": webAddressRule,
  "interaction.*.url": webAddressRule,
  "services.*.phone": phoneRule,
  "interaction.*.phone": phoneRule,
};

const platformSchema = z
  .object({
    name: plainText(2, 60),
    description: plainText(4, 200),
    url: webAddress.optional(),
    phone: phoneField.optional(),
  })
  .strict()
  .refine((platform) => platform.url !== undefined || platform.phone !== undefined, { message: "a url: (https://…) or a phone:, or both: residents need a way to reach it" });

const platformList = z.preprocess((value) => value ?? [], z.array(platformSchema));

export const platformsSchema = z.object({ services: platformList, interaction: platformList }).strict();
