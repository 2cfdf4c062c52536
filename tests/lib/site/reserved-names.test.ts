import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { test } from "node:test";
import { loadChannels } from "../../../src/lib/content/load-channels.ts";
import { loadSiteContent, projectContent, settingsFiles } from "../../../src/lib/load-site.ts";
import { reservedTopLevelNames } from "../../../src/lib/site/reserved-names.ts";
import { projectSite } from "../../support/shared-build.ts";

test("every name a real build writes at the top of the site is either a channel, a section or reserved", async () => {
  const built = readdirSync(await projectSite());
  const channels = loadChannels(settingsFiles(projectContent.settingsDir).channels).map((c) => c.slug);
  const sections = loadSiteContent().portal.sections.map((s) => s.slug);
  const reserved = reservedTopLevelNames();
  const unclaimed = built.filter((name) => name !== "index.html" && !channels.includes(name) && !sections.includes(name) && !reserved.includes(name));
  assert.deepEqual(unclaimed, [], "a channel with one of these slugs would overwrite or be overwritten by the build's own files");
  assert.ok(reserved.includes("pagefind") && reserved.includes("assets") && reserved.includes("feeds") && reserved.includes("search"));
});
