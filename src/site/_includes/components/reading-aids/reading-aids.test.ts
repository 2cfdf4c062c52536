/** The 阅读辅助 bar, rendered alone: its buttons, their starting states and the status line. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { renderComponent } from "../../../../../tests/support/render-component.ts";

/** Each button as "name pressed/disabled". */
const buttons = (readAloud: boolean) => {
  const { $ } = renderComponent("reading-aids", "xcReadingAids", { readAloud });
  return $("button").map((_, b) => `${$(b).text()} ${$(b).attr("aria-pressed") ?? $(b).attr("aria-disabled") ?? "-"}`).get();
};

describe("xcReadingAids", () => {
  test("is a region labelled 阅读辅助 of real buttons, the standard size pressed, with a polite status line", () => {
    const { $ } = renderComponent("reading-aids", "xcReadingAids", {});
    const region = $("section#xc-aids.xc-aids");
    assert.equal($(`#${region.attr("aria-labelledby")}`).text(), "阅读辅助");
    assert.deepEqual(buttons(false), ["标准 true", "大 false", "特大 false", "长者模式 false", "高对比度 false", "大鼠标 false", "重置 -"]);
    assert.ok($("button").toArray().every((b) => $(b).attr("type") === "button"));
    assert.equal($('[role="status"][data-xc-status].xc-visually-hidden').length, 1);
    assert.equal($(`#${$('[role="group"]').first().attr("aria-labelledby")}`).text(), "字号");
  });

  test("holds its controls in a <details>, open as written, whose summary is the title with a slot naming what is on", () => {
    const { $ } = renderComponent("reading-aids", "xcReadingAids", { readAloud: true });
    const details = $("section#xc-aids > details.xc-aids__details");
    assert.ok(details.is("[open]"), "open as written: wide screens, and before the script folds it on a narrow one");
    assert.equal(details.children().first().is("summary"), true);
    assert.equal(details.find("> summary #xc-aids-title").text(), "阅读辅助");
    assert.equal(details.find("> summary [data-xc-chosen]").length, 1);
    assert.equal(details.find("button").length, $("button").length, "every control folds with it");
    assert.equal($("section#xc-aids > [role=status]").length, 1, "the status line stays outside, heard while folded");
    // a labelled group breaks only between its label and its buttons (reading-aids.css)
    $('[role="group"]').each((_, group) => assert.equal($(group).find("button").length, $(group).find(".xc-aids__buttons > button").length));
  });

  test("offers 朗读 and 语速 only when asked, with only 朗读全文 available at first", () => {
    assert.equal(renderComponent("reading-aids", "xcReadingAids", {}).$("[data-xc-speech]").length, 0);
    assert.deepEqual(buttons(true).slice(7), ["朗读全文 -", "暂停 true", "继续 true", "停止 true", "慢 false", "中 true", "快 false"]);
  });

  test("has no inline script, style or keyboard shortcut", () => {
    const { html } = renderComponent("reading-aids", "xcReadingAids", { readAloud: true });
    assert.doesNotMatch(html, /<script|<style|\sstyle=|\son[a-z]+=|accesskey/i);
  });
});
