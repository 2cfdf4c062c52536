/** A feed address, rendered alone: a labelled read-only field, and the hook for the copy button. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { renderComponent, xmlProblems } from "../../../../../tests/support/render-component.ts";

const params = { id: "feed-gzdt-rss", label: "工作动态的RSS地址", url: "https://www.example.gov.cn/feeds/gzdt/rss.xml" };

describe("xcFeedAddress", () => {
  test("is a read-only field labelled with what the address is, holding the address to select and copy", () => {
    const { $ } = renderComponent("feed-address", "xcFeedAddress", params);
    const label = $("label.xc-feed-address__label");
    assert.equal(label.text(), "工作动态的RSS地址");
    assert.equal(label.attr("for"), "feed-gzdt-rss");
    const field = $("input#feed-gzdt-rss.xc-feed-address__field");
    assert.equal(field.attr("type"), "text");
    assert.equal(field.attr("readonly"), "readonly");
    assert.equal(field.attr("value"), params.url);
    assert.equal(field.attr("spellcheck"), "false");
    assert.equal(field.attr("autocomplete"), "off");
    assert.equal($(".xc-feed-address__row > input").length, 1, "the copy button is added into the row beside it");
  });

  test("asks copy-link.ts for a 复制链接 button only when told, naming the address", () => {
    assert.equal(renderComponent("feed-address", "xcFeedAddress", { ...params, copyButton: true }).$("input").attr("data-xc-copy"), "工作动态的RSS地址");
    assert.equal(renderComponent("feed-address", "xcFeedAddress", params).$("input").attr("data-xc-copy"), undefined);
  });

  test("is well-formed XML, so the feed preview can use it with an XSLT value in place of the address", () => {
    const { html } = renderComponent("feed-address", "xcFeedAddress", { id: "feed-address", label: "本订阅源的地址", url: "{$self}" });
    assert.equal(xmlProblems(html), "");
    assert.match(html, /value="\{\$self\}"/);
  });
});
