/** The platform list, rendered alone: names link to their sites, phones are tel: links. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { renderComponent } from "../../../../../tests/support/render-component.ts";

describe("xcPlatformList", () => {
  test("links a platform with an address to it, says it is another site, and gives a phone as a tel: link", () => {
    const { $ } = renderComponent("platform-list", "xcPlatformList", {
      items: [
        { name: "示例办事平台（虚构）", description: "在网上办理事项。", url: "https://banshi.example.gov.cn/" },
        { name: "示例热线（虚构）", description: "咨询、建议和投诉。", phone: "010-1234 5678" },
      ],
    });
    const [site, hotline] = $("li.xc-platform-list__item").toArray().map((li) => $(li));
    assert.equal(site!.find("a.xc-platform-list__name").attr("href"), "https://banshi.example.gov.cn/");
    assert.equal(site!.find("a.xc-platform-list__name").text(), "示例办事平台（虚构）（外部网站）");
    assert.equal(hotline!.find("a").length, 1, "a platform without an address is not a link; its phone is");
    assert.equal(hotline!.find("strong").text(), "示例热线（虚构）");
    assert.equal(hotline!.find("a.xc-platform-list__phone").attr("href"), "tel:01012345678");
    assert.equal(hotline!.find("a.xc-platform-list__phone").text(), "010-1234 5678");
  });
});
