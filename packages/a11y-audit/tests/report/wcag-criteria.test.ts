import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { criteriaFromAxeTags, criteriaFromHtmlcsCode, techniqueUrlFromHtmlcsCode } from "../../src/report/wcag-criteria.ts";

describe("naming the WCAG criterion of a finding", () => {
  it("reads criteria from axe-core tags, two-digit ones too, ignoring level tags", () => {
    assert.deepEqual(criteriaFromAxeTags(["cat.color", "wcag2aa", "wcag143", "wcag1410", "wcag258", "best-practice"]), ["1.4.3", "1.4.10", "2.5.8"]);
  });

  it("reads the criterion and the technique page from an HTML_CodeSniffer code", () => {
    assert.deepEqual(criteriaFromHtmlcsCode("WCAG2AA.Principle1.Guideline1_4.1_4_3.G18.Fail"), ["1.4.3"]);
    assert.equal(techniqueUrlFromHtmlcsCode("WCAG2AA.Principle1.Guideline1_1.1_1_1.H37"), "https://www.w3.org/WAI/WCAG22/Techniques/html/H37");
    assert.equal(techniqueUrlFromHtmlcsCode("WCAG2AA.Principle4.Guideline4_1.4_1_2.H91.A.NoContent"), "https://www.w3.org/WAI/WCAG22/Techniques/html/H91");
    assert.equal(techniqueUrlFromHtmlcsCode("WCAG2AA.Principle1.Guideline1_3.1_3_1.ARIA6"), "https://www.w3.org/WAI/WCAG22/Techniques/aria/ARIA6");
    assert.equal(techniqueUrlFromHtmlcsCode("WCAG2AA.Principle3.Guideline3_1.3_1_1"), undefined);
  });
});
