/**
 * The sites the inspection's tests run on, each built once for every test file (shared-build.ts):
 * the portal fixture, clean on its day; and a copy of it with one problem planted for each rule,
 * listed in `plants` (fictional, like the fixture).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import type { ContentSource } from "../../../src/lib/load-site.ts";
import { runInspection, type InspectionResult } from "../../../src/inspect/run-inspection.ts";
import type { InspectRule } from "../../../src/inspect/types.ts";
import { sharedBuild } from "../../support/shared-build.ts";

/** The portal fixture: every section, page and platform, fictional. */
export const portalSource: ContentSource = { settingsDir: "tests/fixtures/portal/settings", contentDir: "tests/fixtures/portal/content" };

/** The day the clean fixture is inspected on: its newest items are a week old. */
export const cleanDay = "2025-06-10";

/** The day the planted fixture is inspected on: its 工作动态 and home page are four weeks old. */
export const failingDay = "2025-06-30";

/** Numbers planted in the fixture: fictional, but shaped (and check-digited) as real ones are. */
export const planted = { mobile: "19900000001", allowedMobile: "19900000002", id: "110102199003070018", card: "6200000000000005" };

/** The planted article: personal data, a misspelt and a mistitled leader, broken links, an external link. */
const plantedArticle = `---
title: 示例区召开虚构工作会议（虚构，检查用）
channel: zcjd
date: 2025-05-01 09:00
slug: inspect-plants
interprets: portal-zcwj-example
---

区长甄示列出席会议并讲话。副区长甄示例主持会议。

联系人手机${planted.mobile}，身份证号${planted.id}，退款账户${planted.card}。已遮盖的号码138****1234不算。值班手机${planted.allowedMobile}经本人同意公开。

附件：[会议材料](/uploads/inspect-missing.pdf)；[本文第二节](#no-such-section)；[外部网站](https://www.example.com/inspect/)。

![会场示意图](/uploads/inspect-missing.png)
`;

/** Edits one YAML file of the copy. */
function editYaml(file: string, edit: (data: any) => void): void {
  const data = parse(readFileSync(file, "utf8"));
  edit(data);
  writeFileSync(file, stringify(data));
}

/**
 * The portal fixture with one problem planted for each rule: no 政务服务 and no 互动交流 section
 * (no entries; the 办事指南 then unpublished), an empty channel, undated 领导信息, a legacy page
 * whose year is guessed, an article dated after the day inspected, the planted article, a 年报
 * that reports on 2023 only; inspect.yaml makes one stale or empty column a 单项否决 and allows
 * one mobile number. After the build, /about/ loses its ICP link and /subscribe/ its ColumnType
 * (a page edited on the server). Returns the built copy and its sources; `remove()` deletes both.
 */
export async function failingSite(): Promise<{ folder: string; source: ContentSource; remove(): void }> {
  const scratch = mkdtempSync(join(tmpdir(), "xc-inspect-"));
  const source = { settingsDir: join(scratch, "settings"), contentDir: join(scratch, "content") };
  cpSync(portalSource.settingsDir, source.settingsDir, { recursive: true });
  cpSync(portalSource.contentDir, source.contentDir, { recursive: true });
  const settings = (name: string) => join(source.settingsDir, name);
  const content = (name: string) => join(source.contentDir, name);
  editYaml(settings("sections.yaml"), (list) => {
    list.splice(list.findIndex((s: { slug: string }) => s.slug === "zwfw"), 1);
    list.splice(list.findIndex((s: { slug: string }) => s.slug === "hdjl"), 1);
    list[0].channels.push("kong");
  });
  writeFileSync(settings("channels.yaml"), `${readFileSync(settings("channels.yaml"), "utf8")}- slug: kong\n  name: 空栏目\n  description: 一个没有任何信息的栏目（虚构）。\n  columnType: 工作动态\n`);
  editYaml(settings("inspect.yaml"), (data) => {
    data.freshness = [{ name: "动态、要闻类", days: 14, columnTypes: ["工作动态"], veto: 1 }];
    data.emptyVeto = 1;
    data.personalData = { allow: [{ value: planted.allowedMobile, reason: "经本人同意公开的值班手机（虚构）" }] };
  });
  editYaml(settings("xxgk.yaml"), (data) => {
    data.statutory.items = data.statutory.items.filter((item: { page?: string }) => item.page !== "bszn"); // 办事指南 is no longer published
  });
  editYaml(content("organization/leaders.yaml"), (data) => delete data.updated);
  writeFileSync(content("legacy/inspect-guessed-year.txt"), "1月8日,示例区召开2024年工作总结会,部署2025年工作。\n会议总结了一年来的工作（虚构）。\n");
  writeFileSync(content("articles/inspect-future.md"), "---\ntitle: 提前写好的通知（虚构，检查用）\nchannel: tzgg\ndate: 2025-07-05 09:00\nslug: inspect-future\n---\n\n这篇通知的日期晚于检查日（虚构）。\n");
  writeFileSync(content("articles/inspect-plants.md"), plantedArticle);
  const report = content("articles/portal-xxgknb-2024.md");
  writeFileSync(report, readFileSync(report, "utf8").replace("示例区2024年政府信息公开工作年度报告", "示例区2023年政府信息公开工作年度报告"));

  const built = await sharedBuild("inspect-failing", source);
  const folder = join(scratch, "site");
  cpSync(built, folder, { recursive: true });
  const about = join(folder, "about/index.html");
  writeFileSync(about, readFileSync(about, "utf8").replace(/<li><a href="https:\/\/beian\.miit\.gov\.cn\/">[^<]*<\/a><\/li>/, ""));
  const subscribe = join(folder, "subscribe/index.html");
  writeFileSync(subscribe, readFileSync(subscribe, "utf8").replace(/<meta name="ColumnType"[^>]*>/, ""));
  return { folder, source, remove: () => rmSync(scratch, { recursive: true, force: true }) };
}

/** The clean portal fixture, built once for every test file. */
export function cleanSite(): Promise<string> {
  return sharedBuild("portal", portalSource);
}

/** Runs one rule (or all) on the planted site, as of the failing day. */
export async function inspectFailing(rules?: readonly InspectRule[]): Promise<InspectionResult> {
  const site = await failingSite();
  try {
    return await runInspection({ folder: site.folder, source: site.source, date: failingDay, rules });
  } finally {
    site.remove();
  }
}
