import { projectContent, settingsFiles } from "../../../src/lib/load-site.ts";
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { InvalidInputError } from "../../../src/lib/model/problems.ts";
import { loadSettings, parseSettings } from "../../../src/lib/settings/load-settings.ts";
import { realSettings, withSetting } from "../../support/fixture-content.ts";

/** The problem lines a settings text produces (empty when valid). */
function problemsOf(text: string): string[] {
  try {
    parseSettings(text, "site.yaml");
    return [];
  } catch (error) {
    assert.ok(error instanceof InvalidInputError, String(error));
    return error.message.split("\n").slice(1).map((line) => line.trim());
  }
}

describe("site settings", () => {
  test("the project's own settings file is valid and complete", () => {
    const site = loadSettings(settingsFiles(projectContent.settingsDir).site);
    assert.equal(site.name, "北京市西城区人民政府");
    assert.equal(site.divisionCode, "110102");
    assert.equal(site.siteIdCode, "1101020002");
    assert.equal(site.icp, "京ICP备19014909号-1");
    assert.equal(site.publicSecurity, "京公网安备11010202007633号");
    assert.equal(site.publicSecurityCode, "11010202007633");
    assert.equal(site.domain, "www.bjxch.gov.cn");
    assert.equal(site.sponsor, "北京市西城区人民政府办公室");
    assert.equal(site.organizer, "北京市西城区政务服务管理局、北京市西城区数据局");
  });

  test("a 标识码 that does not start with the division code names the setting, value and rule", () => {
    const [line, ...rest] = problemsOf(withSetting(realSettings, "siteIdCode", '"1201020002"'));
    assert.deepEqual(rest, []);
    assert.match(line!, /^site\.yaml:\d+: siteIdCode: is "1201020002"; expected a 10-digit 标识码 starting with the division code 110102$/);
  });

  test("a central body's bm + 8 digits 标识码 is accepted", () => {
    assert.deepEqual(problemsOf(withSetting(realSettings, "siteIdCode", "bm12345678")), []);
  });

  test("an ICP number without 备 is rejected with its line number", () => {
    const lines = problemsOf(withSetting(realSettings, "icp", "京ICP19014909号-1"));
    const line = realSettings.split("\n").findIndex((l) => l.startsWith("icp:")) + 1;
    assert.equal(lines.length, 1);
    assert.ok(lines[0]!.startsWith(`site.yaml:${line}: icp: is "京ICP19014909号-1"; expected the ICP备案号`), lines[0]);
  });

  test("an ICP number of another province is rejected", () => {
    assert.match(problemsOf(withSetting(realSettings, "icp", "沪ICP备19014909号-1"))[0]!, /icp: .*province character is 京/);
  });

  test("a 公安备案号 of the older 12-digit form is accepted", () => {
    assert.deepEqual(problemsOf(withSetting(realSettings, "publicSecurity", "京公网安备110102020076号")), []);
  });

  test("a 公安备案号 whose digits belong to another province is rejected", () => {
    assert.match(problemsOf(withSetting(realSettings, "publicSecurity", "京公网安备31010202007633号"))[0]!, /publicSecurity: .*digits start with 11/);
  });

  test("a 公安备案号 with 13 digits is rejected", () => {
    assert.match(problemsOf(withSetting(realSettings, "publicSecurity", "京公网安备1101020200763号"))[0]!, /publicSecurity: is "京公网安备1101020200763号"; expected the 公安机关备案号/);
  });

  test("a plain-http base URL is rejected, but http://localhost is allowed", () => {
    assert.match(problemsOf(withSetting(realSettings, "baseUrl", "http://www.bjxch.gov.cn"))[0]!, /baseUrl: is "http:\/\/www.bjxch.gov.cn"; expected the site's address: https:\/\//);
    assert.deepEqual(problemsOf(withSetting(realSettings, "baseUrl", "http://localhost:8080")), []);
  });

  test("a missing setting is reported as missing", () => {
    const lines = problemsOf(realSettings.replace(/^sponsor:.*\n/m, ""));
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /sponsor: is missing; expected the 主办单位/);
  });

  test("every wrong setting is reported at once, one line each", () => {
    let text = withSetting(realSettings, "icp", "ICP备123号");
    text = withSetting(text, "baseUrl", "ftp://x");
    text = withSetting(text, "divisionCode", "abc");
    text = text.replace('postcode: "100032"', 'postcode: "1000"');
    const fields = problemsOf(text).map((line) => line.split(": ")[1]);
    assert.deepEqual(fields.sort(), ["baseUrl", "contact.postcode", "divisionCode", "icp"]);
  });

  test("an unknown setting is reported so that a misspelt key is not silently ignored", () => {
    assert.match(problemsOf(`${realSettings}\nicpNumber: x\n`)[0]!, /icpNumber: is not a known field/);
  });

  test("a settings file that is not YAML says so with its line", () => {
    assert.match(problemsOf("name: [unclosed\n")[0]!, /^site\.yaml:\d+: \(file\): is not valid YAML/);
  });
});
