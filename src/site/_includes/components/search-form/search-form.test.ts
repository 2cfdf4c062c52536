/** The header's search box, rendered alone: a labelled search landmark that sends a plain GET form. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { renderComponent, xmlProblems } from "../../../../../tests/support/render-component.ts";

describe("xcSearchForm", () => {
  test("is a search landmark named 全站搜索 sending q to the 搜索 page, with a visible label", () => {
    const { $ } = renderComponent("search-form", "xcSearchForm", {});
    const form = $("form.xc-search-form");
    assert.deepEqual([form.attr("role"), form.attr("aria-label"), form.attr("action"), form.attr("method")], ["search", "全站搜索", "/search/", "get"]);
    const input = $("input#xc-search-form-q");
    assert.equal($('label[for="xc-search-form-q"]').text(), "搜索本站");
    assert.deepEqual([input.attr("type"), input.attr("name"), input.attr("maxlength")], ["search", "q", "100"]);
    assert.equal($('button[type="submit"]').text(), "搜索");
    assert.equal($("[aria-autocomplete], [role=combobox], [role=listbox]").length, 0, "no suggestion popup");
  });

  test("takes another id for its box when asked, and is well-formed XML", () => {
    const { html, $ } = renderComponent("search-form", "xcSearchForm", { id: "other-q" });
    assert.equal($('label[for="other-q"] + span input#other-q').length, 1);
    assert.equal(xmlProblems(html), "");
  });
});
