import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { loadChannels } from "../../../src/lib/content/load-channels.ts";
import { loadSiteContent, projectContent, settingsFiles } from "../../../src/lib/load-site.ts";
import { generateSite, type GeneratedSite } from "../../../src/bench/generate/generate-site.ts";

const scratch = mkdtempSync(join(tmpdir(), "xc-generate-test-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

let count = 0;
/** Generates into a fresh folder of the scratch space. */
function generate(options: Parameters<typeof generateSite>[0]): GeneratedSite {
  count += 1;
  return generateSite({ ...options, folder: join(scratch, `site-${count}`) });
}

/** Every file of a generated site, by relative path. */
function contents(site: GeneratedSite): Map<string, string> {
  return new Map(site.files.map((file) => [file, readFileSync(join(site.contentDir, file), "utf8")]));
}

describe("the synthetic-site generator", () => {
  test("writes byte-identical files for the same seed", () => {
    const first = contents(generate({ articles: 150, seed: 7 }));
    const second = contents(generate({ articles: 150, seed: 7 }));
    assert.equal([...first.keys()].filter((file) => /\.(md|txt)$/.test(file)).length, 150, "150 articles, with their attachments and images beside them");
    assert.deepEqual([...second.keys()], [...first.keys()]);
    for (const [file, text] of first) assert.equal(second.get(file), text, file);
  });

  test("writes different articles for another seed", () => {
    const first = contents(generate({ articles: 50, seed: 7 }));
    const other = contents(generate({ articles: 50, seed: 8 }));
    const same = [...first].filter(([file, text]) => other.get(file) === text);
    assert.equal(same.length, 0);
  });

  test("makes a smaller site the prefix of a larger one with the same seed", () => {
    const small = contents(generate({ articles: 40, seed: 3 }));
    const large = contents(generate({ articles: 120, seed: 3 }));
    for (const [file, text] of small) assert.equal(large.get(file), text, file);
  });

  test("writes Markdown and legacy pages the loaders accept, over every channel and many years", () => {
    const site = generate({ articles: 400, seed: 11 });
    const content = loadSiteContent({ contentDir: site.contentDir });
    assert.equal(content.articles.length, 400);
    assert.deepEqual(content.warnings, [], "the legacy footer lines match the site settings");
    assert.ok(site.legacyFiles > 0 && site.markdownFiles > site.legacyFiles, `${site.legacyFiles} legacy, ${site.markdownFiles} Markdown`);
    const slugs = new Set(content.articles.map((a) => a.channel.slug));
    assert.deepEqual([...slugs].sort(), loadChannels(settingsFiles(projectContent.settingsDir).channels).map((c) => c.slug).sort());
    const years = new Set(content.articles.map((a) => a.published.date.slice(0, 4)));
    assert.ok(years.size >= 8, `years: ${[...years].join(", ")}`);
    const legacy = content.articles.filter((a) => a.sourceFile.endsWith(".txt"));
    for (const article of legacy) {
      assert.match(article.title, /^\d{4}年\p{Script=Han}/u, "the title is the lead's first clause, as the importer derives it");
      assert.ok(article.bodyHtml.split("<p>").length > 3, "several paragraphs");
    }
  });
});
