import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { describe, it } from "node:test";
import type { AuditConfig } from "../../src/config/audit-config.ts";
import { defaultDisplayModes } from "../../src/config/display-modes.ts";
import { loadAuditConfig } from "../../src/config/load-config-file.ts";
import { auditDefaults, resolveAuditConfig, staticServer } from "../../src/config/resolve-config.ts";

const fixtureConfig = fileURLToPath(new URL("../fixtures/audit.config.ts", import.meta.url));

describe("the audit's config", () => {
  it("is the package's defaults when a site sets nothing: six display modes, the static server, no page checks", () => {
    const config = resolveAuditConfig();
    assert.deepEqual(config, auditDefaults);
    assert.deepEqual(config.displayModes.map((m) => m.name), ["desktop", "phone", "text-200", "text-spacing", "forced-colors", "no-javascript"]);
    assert.deepEqual(Object.keys(config.servers), ["static"]);
    assert.deepEqual(config.pageChecks, []);
  });

  it("adds a site's display modes after the defaults and its servers beside the static one, and fills in what it leaves out", async () => {
    const { config, file } = await loadAuditConfig(fixtureConfig);
    assert.equal(file, fixtureConfig);
    assert.deepEqual(config.displayModes.map((m) => m.name), [...defaultDisplayModes.map((m) => m.name), "dark"]);
    assert.deepEqual(config.knownExtraPages, [{ path: "/offline.html", statuses: [200] }]);
    assert.deepEqual(config.pageChecks.map((c) => c.tool), ["contact"]);
    assert.equal(config.servers.static, staticServer);
    assert.equal(config.folder, "_site");
    assert.equal(config.scriptOnlyControls, "[data-needs-script]");
  });

  it("is the defaults when the config file does not exist", async () => {
    assert.deepEqual(await loadAuditConfig("no-such.config.ts"), { config: auditDefaults, file: null });
  });

  it("rejects an invalid config with one line per problem, naming the field and what is expected", () => {
    const config = {
      folder: "",
      extraDisplayModes: [{ name: "Dark Mode", description: "x", viewport: { width: 0, height: 600 }, checks: ["targets-big"] }],
      pageChecks: [{ tool: "links", description: "clashes with a built-in tool", check: () => [] }],
      build: { run: "npm run build", sources: [] },
    } as unknown as AuditConfig;
    assert.throws(
      () => resolveAuditConfig(config, "site.config.ts"),
      (error: Error) => {
        assert.deepEqual(error.message.split("\n"), [
          "Invalid input, nothing was audited (7 problems):",
          "  site.config.ts: folder: is missing; expected a folder's path",
          '  site.config.ts: extraDisplayModes.0.name: is "Dark Mode"; expected a mode name of lower-case letters, digits and -, not one of another mode',
          '  site.config.ts: extraDisplayModes.0.viewport.width: is "0"; expected a whole number of CSS px above 0',
          '  site.config.ts: extraDisplayModes.0.checks.0: is "targets-big"; expected layout checks: no-horizontal-scroll, no-clipped-text, no-overlapping-text, content-as-with-javascript, targets-N',
          '  site.config.ts: build.run: is "npm run build"; expected a function (output, log) => Promise',
          '  site.config.ts: build.sources: is "[]"; expected files and folders the site is built from, e.g. ["src", "package-lock.json"]',
          '  site.config.ts: pageChecks.0.tool: is "links"; expected a name that is not already a tool\'s',
        ]);
        return true;
      },
    );
  });
});
