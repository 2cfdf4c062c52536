import { daysBetween, isDay } from "../site/days.ts";
import type { InspectRule } from "../types.ts";

/** 首页更新: the newest dated item the home page shows is at most `homeDays` old on the day inspected. */
export const homeFreshness: InspectRule = {
  id: "home-freshness",
  title: "首页更新",
  basis: "《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）单项否决项“首页不更新”：监测时间点前2周内首页无更新（天数见 inspect.yaml 的 homeDays）",
  fix: "发布新的要闻或通知（首页显示各版块最新的信息）；检查发布日期是否写对",
  severity: "veto",
  freshness: true,
  checkSite: (context) => {
    const home = context.page("/");
    if (!home) return [{ page: "/", message: "没有首页（/index.html）" }];
    const { $ } = home;
    const days = $("main time[datetime]").toArray().map((t) => ($(t).attr("datetime") ?? "").slice(0, 10)).filter((d) => isDay(d) && d <= context.date).sort();
    const limit = context.content.portal.inspect.homeDays;
    const newest = days[days.length - 1];
    if (!newest) return [{ page: "/", message: `首页没有显示任何${context.date}以前的带日期的信息` }];
    const age = daysBetween(newest, context.date);
    return age > limit ? [{ page: "/", message: `首页显示的最新信息是${newest}发布的，到${context.date}已${age}天未更新（限${limit}天）` }] : [];
  },
};
