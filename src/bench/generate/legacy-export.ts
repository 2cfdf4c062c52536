import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { articleText } from "./article-text.ts";
import { pickTopic } from "./fill.ts";
import { legacyPage } from "./legacy-text.ts";
import { createRandom } from "./random.ts";
import { unpunctuatedText } from "./unpunctuated-text.ts";

/**
 * How the importer should take a page: imported without a word, imported with a warning to
 * check (a guessed year, a doubtful title, a kept paragraph that mentions the footer), or
 * refused for want of a date.
 */
export type ImportOutcome = "clean" | "doubtful" | "undated";

/** The ways real old-site pages open, and what each should give. */
export const leadStyles = {
  seed: "clean", // 3月7日,2025年西城区… (the seed)
  "time-of-day": "clean", // 3月7日上午,2025年…
  clock: "clean", // 3月7日下午3时,2025年…
  "full-date": "clean", // 2025年3月7日,西城区…
  "title-line": "clean", // the headline on its own line, then 3月7日,2025年…
  "title-repeated": "clean", // the headline twice, then the lead
  "dated-file-name": "clean", // 3月7日,西城区… (no year) in a file named 2025-03-07-….txt
  "year-in-middle": "doubtful", // 1月8日,西城区召开2024年工作总结会,部署2025年工作。
  unpunctuated: "doubtful", // a lead with no punctuation to end a title
  "footer-mention": "doubtful", // a last paragraph that mentions 京ICP备…
  "no-year": "undated", // 3月7日,西城区… (no year anywhere)
  recently: "undated", // 近日,西城区…
  "mangled-date": "undated", // 112日,西城区… (1月12日 lost its 月)
} as const satisfies Record<string, ImportOutcome>;

export type LeadStyle = keyof typeof leadStyles;

export interface ExportedPage {
  /** Path inside the export folder. */
  file: string;
  style: LeadStyle;
  outcome: ImportOutcome;
  /** The date the page was really published, YYYY-MM-DD. */
  date: string;
}

export interface LegacyExport {
  folder: string;
  pages: ExportedPage[];
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/**
 * Writes a deterministic folder of old-site pages as a district's export would hold them
 * (same seed, same bytes): news in the seed's format, each opening in one of the lead styles
 * the old site used, in turn, so every style is there in about equal numbers. For trying
 * `npm run import:legacy` on a few hundred pages, and for its test.
 */
export function generateLegacyExport(options: { pages?: number; seed?: number; folder?: string } = {}): LegacyExport {
  const { pages: count, seed } = { pages: 300, seed: 20250307, ...options };
  const folder = options.folder ?? mkdtempSync(join(tmpdir(), "xc-legacy-export-"));
  const styles = Object.keys(leadStyles) as LeadStyle[];
  const pages: ExportedPage[] = [];
  for (let index = 0; index < count; index++) {
    const random = createRandom(seed ^ Math.imul(index + 1, 0x9e3779b1));
    const [year, month, day] = [random.int(2015, 2025), random.int(1, 12), random.int(1, 28)];
    const style = styles[index % styles.length]!;
    const text = articleText(random, pickTopic(random, year, month, day), "工作动态");
    const lead = text.blocks[0]!; // 2025年<actor><verb><topic><event>，…
    const withoutYear = lead.replace(/^\d{4}年/, "");
    const body = text.blocks.slice(1);
    const md = `${month}月${day}日`;
    const lines: Record<LeadStyle, string[]> = {
      seed: [`${md}，${lead}`, ...body],
      "time-of-day": [`${md}${random.pick(["上午", "下午", "晚"])}，${lead}`, ...body],
      clock: [`${md}下午${random.int(1, 5)}时，${lead}`, ...body],
      "full-date": [`${year}年${md}，${withoutYear}`, ...body],
      "title-line": [text.title, `${md}，${lead}`, ...body],
      "title-repeated": [text.title, text.title, `${md}，${lead}`, ...body],
      "dated-file-name": [`${md}，${withoutYear}`, ...body],
      "year-in-middle": [`${md}，西城区召开${year - 1}年工作总结会，部署${year}年工作。`, ...body],
      unpunctuated: [`${md}，${year}年${unpunctuatedText(random.int(200, 600))}`, ...body],
      "footer-mention": [`${md}，${lead}`, ...body, "网站备案号为京ICP备19014909号-1，欢迎社会各界监督。"],
      "no-year": [`${md}，${withoutYear}`, ...body],
      recently: [`近日，${withoutYear}`, ...body],
      "mangled-date": [`${month}${day}日，${withoutYear}`, ...body],
    };
    const name = style === "dated-file-name" ? `${year}-${pad(month)}-${pad(day)}-${pad(index, 5)}.txt` : `${pad(index, 5)}_${random.hex(16)}.txt`;
    const file = index % 3 === 0 ? `${year}/${name}` : name; // some exports come in folders by year
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    writeFileSync(join(folder, file), legacyPage(lines[style]));
    pages.push({ file, style, outcome: leadStyles[style], date: `${year}-${pad(month)}-${pad(day)}` });
  }
  return { folder, pages };
}
