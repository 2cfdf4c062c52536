/** The footer, rendered alone: what 国办发〔2017〕47号 requires, with the page's own 找错 link. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { renderComponent, xmlProblems } from "../../../../../tests/support/render-component.ts";

/** Clearly fictional settings. */
const site = {
  sponsor: "示例区人民政府办公室",
  organizer: "示例区政务服务管理局",
  siteIdCode: "1199990001",
  icp: "京ICP备00000000号-1",
  publicSecurity: "京公网安备11999900000000号",
  contact: { address: "示例区示例路1号", postcode: "100000", phone: "010-00000000" },
  links: { icp: "https://beian.miit.gov.cn/", publicSecurity: "https://beian.mps.gov.cn/#/query/webSearch?code=11999900000000" },
};
const errorReportUrl = "https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=1199990001&url=https%3A%2F%2Fwww.example.gov.cn%2F";

describe("xcFooter", () => {
  test("carries 主办, 承办, contact, 标识码 and both filings, linked to their official lookups", () => {
    const { $ } = renderComponent("footer", "xcFooter", { site, errorReportUrl });
    const text = $("footer.xc-footer").text().replace(/\s+/g, "");
    for (const fact of ["主办：示例区人民政府办公室", "承办：示例区政务服务管理局", "地址：示例区示例路1号", "邮编：100000", "电话：010-00000000", "政府网站标识码：1199990001"]) {
      assert.ok(text.includes(fact), fact);
    }
    const link = (name: string) => $("a").filter((_, a) => $(a).text() === name).attr("href");
    assert.equal(link("京ICP备00000000号-1"), "https://beian.miit.gov.cn/");
    assert.equal(link("京公网安备11999900000000号"), site.links.publicSecurity);
    assert.equal(link("我为政府网站找错"), errorReportUrl);
    assert.equal($('nav[aria-label="网站信息"] a').length, 6);
    assert.deepEqual($('nav a').map((_, a) => $(a).attr("href")).get().slice(0, 5), ["/sitemap/", "/accessibility/", "/about/", "/about/#contact", "/subscribe/"]);
  });

  test("adds the e-mail address and the 党政机关网站标识 link only when the settings have them", () => {
    assert.equal(renderComponent("footer", "xcFooter", { site, errorReportUrl }).$('a[href^="mailto:"], a:contains("党政机关网站标识")').length, 0);
    const { $ } = renderComponent("footer", "xcFooter", {
      site: { ...site, contact: { ...site.contact, email: "info@example.gov.cn" }, links: { ...site.links, conac: "https://bszs.conac.cn/sitename?method=show&id=X" } },
      errorReportUrl,
    });
    assert.equal($('a[href="mailto:info@example.gov.cn"]').text(), "info@example.gov.cn");
    assert.equal($('a:contains("党政机关网站标识")').attr("href"), "https://bszs.conac.cn/sitename?method=show&id=X");
  });

  test("is well-formed XML, so the feed preview's frame is this very footer", () => {
    assert.equal(xmlProblems(renderComponent("footer", "xcFooter", { site: { ...site, contact: { ...site.contact, email: "a@example.gov.cn" } }, errorReportUrl }).html), "");
  });
});
