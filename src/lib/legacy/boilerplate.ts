import type { SiteConfig } from "../model/types.ts";
import { provinceCharacters } from "../settings/provinces.ts";

/** The site facts an old page's footer lines state. */
export interface Boilerplate {
  sponsor?: string | undefined;
  organizer?: string | undefined;
  siteIdCode?: string | undefined;
  icp?: string | undefined;
  publicSecurityCode?: string | undefined;
}

/** The fields of the old site's footer, each as it is written there. */
const footerFields = new RegExp(
  [
    String.raw`主办(?:单位)?[:：]\s*[^\s,，。;；]+?(?=\s|承办|$)`,
    String.raw`承办(?:单位)?[:：]\s*[^\s,，。;；]+(?=\s|$)`,
    String.raw`政府网站标识码[:：]?\s*[0-9a-z]+`,
    String.raw`[${provinceCharacters}]ICP备\d+号(?:-\d+)?`,
    String.raw`[${provinceCharacters}]公网安备[:：]?\s*\d{12,14}号?`,
  ].join("|"),
  "giu",
);

/**
 * True for a line of the old site's footer: a line made only of its fields (主办/承办,
 * 政府网站标识码, ICP备, 公网安备), matched as a whole. A paragraph that mentions 京ICP备…
 * among other words is article text and is kept.
 */
export function isFooterLine(line: string): boolean {
  const rest = line.replace(footerFields, "");
  return rest !== line && rest.replace(/[\s|｜·,，;；]/gu, "") === "";
}

/** True when a line mentions what the footer holds without being the footer: kept, but worth a look. */
export function mentionsFooter(line: string): boolean {
  return /政府网站标识码|ICP备|公网安备|^主办[:：]/u.test(line);
}

/** Reads the facts out of footer lines. */
export function readBoilerplate(lines: readonly string[]): Boilerplate {
  const text = lines.join(" ");
  return {
    sponsor: /主办[:：]\s*(\S+?)(?=\s|承办|$)/.exec(text)?.[1],
    organizer: /承办[:：]\s*(\S+?)(?=\s|$)/.exec(text)?.[1],
    siteIdCode: /政府网站标识码[:：]\s*([0-9a-z]+)/i.exec(text)?.[1],
    icp: new RegExp(`[${provinceCharacters}]ICP备\\d+号(?:-\\d+)?`).exec(text)?.[0],
    publicSecurityCode: new RegExp(`[${provinceCharacters}]公网安备[:：]?\\s*(\\d{12,14})`).exec(text)?.[1],
  };
}

/** Which footer facts disagree with the settings: [field, found, expected]. */
export function boilerplateMismatches(found: Boilerplate, site: SiteConfig): [string, string, string][] {
  const expected: Required<Record<keyof Boilerplate, string>> = {
    sponsor: site.sponsor,
    organizer: site.organizer,
    siteIdCode: site.siteIdCode,
    icp: site.icp,
    publicSecurityCode: site.publicSecurityCode,
  };
  return (Object.keys(expected) as (keyof Boilerplate)[])
    .filter((key) => found[key] !== undefined && found[key] !== expected[key])
    .map((key) => [key, found[key]!, expected[key]]);
}
