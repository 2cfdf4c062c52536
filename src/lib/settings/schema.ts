import { z } from "zod";
import { plainText } from "../text/plain-text-schema.ts";
import { provinceAbbreviations, provinceCharacters } from "./provinces.ts";

/** YAML may give digits as numbers; settings keep them as strings. */
const digits = (schema: z.ZodString) =>
  z.preprocess((value) => (typeof value === "number" ? String(value) : value), schema);

const optionalText = z.preprocess((value) => (value === null || value === "" ? undefined : value), z.string().trim().min(1).optional());

/** What each setting must look like, in words for the operator. */
export const settingRules: Readonly<Record<string, string>> = {
  name: "the site name, e.g. 北京市西城区人民政府",
  baseUrl: "the site's address: https:// and the host name only, no path, query or login (http:// only for localhost), e.g. https://www.bjxch.gov.cn",
  divisionCode: "the 6-digit 行政区划代码, e.g. 110102",
  sponsor: "the 主办单位, e.g. 北京市西城区人民政府办公室",
  organizer: "the 承办单位, e.g. 北京市西城区政务服务管理局",
  siteIdCode: "the 政府网站标识码: 10 digits starting with the division code (e.g. 1101020002), or bm + 8 digits for a central body",
  icp: "the ICP备案号: province character + ICP备 + digits + 号, optional -N, e.g. 京ICP备19014909号-1",
  publicSecurity: "the 公安机关备案号: province character + 公网安备 + 14 digits (or the older 12) + 号, e.g. 京公网安备11010202007633号",
  conacId: "the 党政机关网站标识 id (letters and digits), or nothing",
  "contact.address": "the postal address for 联系我们",
  "contact.postcode": "a 6-digit 邮政编码, e.g. 100032",
  "contact.phone": "a phone number of digits, spaces and - + ( ), e.g. 010-12345678",
  "contact.email": "an e-mail address, or nothing",
  legacyChannel: "the slug of the channel that legacy imports go to, e.g. gzdt",
  defaultSource: "the 来源 shown when an article names none",
  pageSize: "a whole number of items per listing page, 5 to 100",
  feedItems: "a whole number of the newest items each RSS/Atom/JSON feed carries, 1 to 500 (50 when left out)",
  futureDays: "a whole number of days an article's date may lie after the build's reference time, 0 to 366 (1 when left out)",
};

const isLocalhost = (url: URL) => ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);

/** The settings file as the operator writes it. */
export const settingsSchema = z
  .object({
    name: plainText(2, 100),
    baseUrl: z.string().refine((value) => {
      try {
        const url = new URL(value);
        // Pages link with root-relative paths, so a path, query, fragment or login in the
        // base URL would give wrong canonical and 找错 links (or leak a password into every page).
        const bare = !url.username && !url.password && !url.search && !url.hash && url.pathname === "/" && !/[?#]/.test(value);
        return bare && (url.protocol === "https:" || (url.protocol === "http:" && isLocalhost(url)));
      } catch {
        return false;
      }
    }, { message: settingRules.baseUrl }), // a custom check reports its own message: the rule in words
    divisionCode: digits(z.string().regex(/^[1-6]\d{5}$/)),
    sponsor: plainText(2, 200),
    organizer: plainText(2, 200),
    siteIdCode: digits(z.string().regex(/^(\d{10}|bm\d{8})$/)),
    icp: z.string().regex(new RegExp(`^[${provinceCharacters}]ICP备\\d{6,10}号(-\\d{1,3})?$`)),
    publicSecurity: z.string().regex(new RegExp(`^[${provinceCharacters}]公网安备(\\d{14}|\\d{12})号$`)),
    conacId: z.preprocess((v) => (typeof v === "number" ? String(v) : v), optionalText.pipe(z.string().regex(/^[A-Za-z0-9]+$/).optional())),
    contact: z.object({
      address: plainText(4, 200),
      postcode: digits(z.string().regex(/^\d{6}$/)),
      phone: digits(z.string().regex(/^[0-9+\-() ]{3,24}$/)),
      email: optionalText.pipe(z.email().optional()),
    }).strict(),
    legacyChannel: z.string().regex(/^[a-z][a-z0-9-]*$/),
    defaultSource: plainText(2, 100),
    pageSize: z.number().int().min(5).max(100),
    // Optional so that settings files written before feeds existed stay valid.
    feedItems: z.number().int().min(1).max(500).default(50),
    // A day by default: an article written in the evening for tomorrow's event is fine; 2099 is not.
    futureDays: z.number().int().min(0).max(366).default(1),
  })
  .strict()
  .superRefine((settings, ctx) => {
    // Cross-checks run only on values that passed their own rule, so one typo gives one line.
    if (typeof settings.divisionCode !== "string" || !/^[1-6]\d{5}$/.test(settings.divisionCode)) return;
    const province = settings.divisionCode.slice(0, 2);
    const abbreviation = provinceAbbreviations[province];
    if (typeof settings.siteIdCode === "string" && /^\d{10}$/.test(settings.siteIdCode) && !settings.siteIdCode.startsWith(settings.divisionCode)) {
      ctx.addIssue({ code: "custom", path: ["siteIdCode"], message: `a 10-digit 标识码 starting with the division code ${settings.divisionCode}` });
    }
    if (!abbreviation) {
      ctx.addIssue({ code: "custom", path: ["divisionCode"], message: `a code whose first two digits name a province (${province} names none)` });
      return;
    }
    const filings = [
      ["icp", settings.icp],
      ["publicSecurity", settings.publicSecurity],
    ] as const;
    for (const [key, value] of filings) {
      if (typeof value === "string" && value.length > 0 && !value.startsWith(abbreviation) && /^[^\x00-\x7f]/.test(value)) {
        ctx.addIssue({ code: "custom", path: [key], message: `a number whose province character is ${abbreviation}, matching division code ${settings.divisionCode}` });
      }
    }
    const digitsOnly = typeof settings.publicSecurity === "string" ? settings.publicSecurity.replace(/\D/g, "") : "";
    if (/^(\d{14}|\d{12})$/.test(digitsOnly) && !digitsOnly.startsWith(province)) {
      ctx.addIssue({ code: "custom", path: ["publicSecurity"], message: `a number whose digits start with ${province}, the province of division code ${settings.divisionCode}` });
    }
  });
