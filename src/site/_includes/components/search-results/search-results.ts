// The 搜索 page (/search/): runs the query from the address (?q=…&channel=…) against the Pagefind
// index built into /pagefind/ (in parts, merged here) and lists the results. Served as
// /assets/search.js, a module that this component's markup loads, so no other page loads a search script.
// Rules kept here: every piece of text a reader typed goes in as text (textContent, never innerHTML);
// nothing moves focus except the 更多结果 button, which takes the reader to the first new result;
// the count heading sits in a polite live region, so screen readers hear it when it changes;
// no search while typing and no suggestion popup: the reader sends the form when ready, and the
// 栏目 and policy-document filters apply when it is sent (arrowing through them runs no search).
// Every result contains every word searched for (Pagefind's phrase search, "…" round the word:
// otherwise it also finds pages that share one character with the query; see containing()).

import { excerptOf } from "./excerpt.ts";
import { partsUrl, searchOptions, type Pagefind, type PagefindResult, type PagefindResultData } from "./pagefind.ts";
/** What a search is for: the words, the channel slug ("" for every channel) and the policy-document filters chosen (主题分类…). */
interface Query {
  q: string;
  channel: string;
  filters: Record<string, string>;
}

const pageSize = 10;
const maxQueryLength = 100;

/** An element of the page's markup (search-results.njk), by id. */
function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the 搜索 page has no #${id}`);
  return element as T;
}

const form = byId<HTMLFormElement>("xc-search");
const input = byId<HTMLInputElement>("xc-search-q");
const status = byId("xc-search-status");
const list = byId<HTMLOListElement>("xc-search-results");
const moreButton = byId<HTMLButtonElement>("xc-search-more");
const unavailable = byId("xc-search-unavailable");
const pageTitle = document.title;
/** The policy-document filters (主题分类, 发文机关, 成文年份, 有效性): their names are Pagefind's filter keys. */
const filterSelects = Array.from(form.querySelectorAll<HTMLSelectElement>("select[data-xc-filter]"));

/** The filters with a value, as Pagefind takes them. */
function chosen(read: (name: string) => string): Record<string, string> {
  return Object.fromEntries(filterSelects.map((select) => [select.name, read(select.name)]).filter(([, value]) => value));
}

/** The running search: its results, how many are shown, and the words searched for. */
let current: { results: PagefindResult[]; shown: number; terms: string[] } = { results: [], shown: 0, terms: [] };
/** Counts searches, so a slow earlier search never overwrites a later one. */
let generation = 0;

/** How long a search may take before the page gives up and offers the other ways to find things. */
const patienceMs = 15000;

/** The promise's value, or a rejection once `patienceMs` have passed (a worker that never answers). */
function withinPatience<T>(promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${patienceMs} ms`)), patienceMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A search over no index at all (a site with nothing to search yet): every query finds nothing. */
const emptyIndex: Pagefind = {
  options: async () => {},
  init: async () => {},
  mergeIndex: async () => {},
  search: async () => ({ results: [] }),
};

/** The URL folders of the index's parts, from the list the build writes. */
async function indexParts(): Promise<string[]> {
  const response = await fetch(partsUrl);
  if (!response.ok) throw new Error(`${partsUrl}: HTTP ${response.status}`);
  const { parts } = (await response.json()) as { parts?: unknown };
  if (!Array.isArray(parts) || !parts.every((part) => typeof part === "string" && part.startsWith("/pagefind/"))) throw new Error(`${partsUrl} lists no parts`);
  return parts as string[];
}

/**
 * Loads Pagefind's browser API from the same site, with every part of the index merged into the
 * first (each part is a Pagefind bundle of its own: src/publish/search/); null when the index is missing.
 */
async function loadPagefind(): Promise<Pagefind | null> {
  try {
    const [first, ...others] = await withinPatience(indexParts());
    if (!first) return emptyIndex;
    const pagefind = await withinPatience(import(`${first}pagefind.js`) as Promise<Pagefind>);
    await pagefind.options(searchOptions);
    await withinPatience(pagefind.init());
    await withinPatience(Promise.all(others.map((part) => pagefind.mergeIndex(part, searchOptions))));
    return pagefind;
  } catch (error) {
    console.error("搜索索引无法加载", error);
    return null;
  }
}

/** Search cannot run: hide its form and results, show the links to the 网站地图 and the channels. */
function showUnavailable(): void {
  generation += 1; // any search still under way is dropped
  form.hidden = true;
  list.hidden = true;
  moreButton.hidden = true;
  status.replaceChildren(element("p", "", "搜索暂时无法使用，请改用下面的网站地图或栏目列表。")); // announced
  unavailable.hidden = false;
}

/** The query and channel in the address bar. */
function readAddress(): Query {
  const params = new URLSearchParams(location.search);
  return { q: (params.get("q") || "").trim().slice(0, maxQueryLength), channel: params.get("channel") || "", filters: chosen((name) => params.get(name) || "") };
}

/** The query and channel in the form. */
function readForm(): Query {
  const checked = form.querySelector<HTMLInputElement>('input[name="channel"]:checked');
  const values = new Map(filterSelects.map((select) => [select.name, select.value]));
  return { q: input.value.trim().slice(0, maxQueryLength), channel: checked ? checked.value : "", filters: chosen((name) => values.get(name) || "") };
}

/** The radio button of a channel slug, or undefined when the slug is unknown. */
function channelRadio(slug: string): HTMLInputElement | undefined {
  return Array.from(form.querySelectorAll<HTMLInputElement>('input[name="channel"]')).find((radio) => radio.value === slug);
}

/** Shows a state in the form without touching focus. */
function fillForm({ q, channel, filters }: Query): void {
  input.value = q;
  const radio = channelRadio(channel) ?? channelRadio("");
  if (radio) radio.checked = true;
  for (const select of filterSelects) {
    const wanted = filters[select.name] ?? "";
    select.value = Array.from(select.options).some((option) => option.value === wanted) ? wanted : "";
  }
}

/** The address of a search, as the form would have sent it without JavaScript. */
function addressOf({ q, channel, filters }: Query): string {
  const params = new URLSearchParams({ q });
  if (channel) params.set("channel", channel);
  for (const [name, value] of Object.entries(filters)) params.set(name, value);
  return `${location.pathname}?${params}`;
}

/** An element with a class and text. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The words of a query: split at spaces, quotation marks dropped (each word is searched as a phrase). */
function termsOf(q: string): string[] {
  return q.replace(/["“”]/g, " ").split(/\s+/).filter(Boolean);
}

/** One result: a link with its title, then channel, date and the excerpt with the matches marked. */
function resultItem(data: PagefindResultData, terms: string[]): HTMLLIElement {
  const item = element("li", "xc-search-results__item");
  const heading = element("h3", "xc-search-results__title");
  const link = element("a", "", data.meta.title || data.url);
  link.href = data.url;
  heading.append(link);
  const facts = element("p", "xc-search-results__meta");
  if (data.meta.channel) facts.append(element("span", "xc-search-results__channel", data.meta.channel));
  if (data.meta.docNumber) facts.append(element("span", "xc-search-results__document", data.meta.docNumber));
  if (data.meta.validity) facts.append(element("span", "xc-search-results__document", `有效性：${data.meta.validity}`));
  if (data.meta.date) {
    const time = element("time", "xc-search-results__date", data.meta.date);
    if (data.meta.datetime) time.dateTime = data.meta.datetime;
    facts.append(time);
  }
  const excerpt = element("p", "xc-search-results__excerpt");
  for (const part of excerptOf(data.content || "", data.meta.title || "", terms)) excerpt.append(part.mark ? element("mark", "", part.text) : part.text);
  item.append(heading, facts, excerpt);
  return item;
}

/** Writes the count heading (and advice when nothing was found) into the live region. */
function announce({ q, channel, filters }: Query, total: number): void {
  const radio = channelRadio(channel);
  const where = channel && radio ? `在“${radio.dataset.name}”栏目中` : "";
  const heading = element("h2", "xc-search__summary");
  const parts: HTMLElement[] = [];
  const filtered = Object.keys(filters).length > 0;
  if (!q && filtered) {
    heading.textContent = total ? `${where}找到 ${total} 份符合筛选条件的政策文件。` : `${where}没有符合筛选条件的政策文件。`;
    parts.push(heading);
    if (!total) parts.push(element("p", "", "请少选几个筛选条件再试。"));
  } else if (!q) {
    parts.push(element("p", "", "请在上面的搜索框中输入要查找的词语，例如“入学”“养老”。"));
  } else if (total === 0) {
    heading.textContent = `${where}没有找到与“${q}”相关的结果。`; // a sentence: the live region reads it and the advice as one
    const advice = element("p", "", "请检查用字，换一个词或少用几个词再试；也可以在");
    const sitemap = element("a", "", "网站地图");
    sitemap.href = "/sitemap/";
    advice.append(sitemap, "中查找全部文章。");
    parts.push(heading, advice);
  } else {
    heading.textContent = `${where}找到 ${total} 条与“${q}”相关的结果。`;
    parts.push(heading);
  }
  status.replaceChildren(...parts);
  document.title = q ? `“${q}”的搜索结果 — ${pageTitle}` : filtered ? `政策文件筛选结果 — ${pageTitle}` : pageTitle;
}

/**
 * The pages that contain every one of `terms`. Pagefind searches the longest as an exact phrase (it
 * takes one phrase a query); the others are checked in each page's text.
 */
async function containing(pagefind: Pagefind, terms: string[], filters: Record<string, string>): Promise<PagefindResult[]> {
  const [longest, ...others] = [...terms].sort((a, b) => b.length - a.length);
  const found = (await pagefind.search(`"${longest}"`, { filters }))?.results ?? [];
  if (!others.length) return found;
  const loaded = found.map((result) => {
    const data = result.data(); // loaded once: kept for showing the result
    return { data: () => data };
  });
  const texts = await Promise.all(loaded.map(async (result) => (await result.data()).content.toLowerCase()));
  return loaded.filter((_, i) => others.every((term) => texts[i]!.includes(term.toLowerCase())));
}

/** Adds the next page of results; returns the first new link. */
async function showMore(token: number): Promise<HTMLAnchorElement | null> {
  const slice = current.results.slice(current.shown, current.shown + pageSize);
  const data = await Promise.all(slice.map((result) => result.data()));
  if (token !== generation) return null;
  const items = data.map((result) => resultItem(result, current.terms));
  list.append(...items);
  current.shown += items.length;
  list.hidden = current.shown === 0;
  moreButton.hidden = current.shown >= current.results.length;
  return items[0]?.querySelector("a") ?? null;
}

/** Runs one search and shows its first page of results. */
async function run(pagefind: Pagefind, state: Query): Promise<void> {
  const token = ++generation;
  fillForm(state);
  const filtered = Object.keys(state.filters).length > 0;
  if (!termsOf(state.q).length && !filtered) {
    current = { results: [], shown: 0, terms: [] };
    list.replaceChildren();
    list.hidden = true;
    moreButton.hidden = true;
    announce(state, 0);
    return;
  }
  try {
    const filters = { ...(state.channel ? { channel: state.channel } : {}), ...state.filters };
    // Filters alone (no words) list the documents they keep, newest first.
    const terms = termsOf(state.q);
    const results = await withinPatience(terms.length ? containing(pagefind, terms, filters) : pagefind.search(null, { filters, sort: { date: "desc" } }).then((search) => search?.results ?? []));
    if (token !== generation) return;
    current = { results, shown: 0, terms };
    list.replaceChildren();
    await withinPatience(showMore(token));
    if (token === generation) announce(state, current.results.length);
  } catch (error) {
    console.error("搜索失败", error);
    if (token === generation) showUnavailable();
  }
}

/** Loads the index, then wires the form, 更多结果 and the history to searches. */
async function start(): Promise<void> {
  const pagefind = await loadPagefind();
  if (!pagefind) {
    showUnavailable();
    return;
  }
  form.hidden = false;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const state = readForm();
    history.pushState(null, "", addressOf(state));
    void run(pagefind, state);
  });
  let loadingMore = false; // a double click must not add the same ten results twice
  moreButton.addEventListener("click", async () => {
    if (loadingMore) return;
    loadingMore = true;
    const token = generation;
    try {
      const first = await withinPatience(showMore(token));
      if (first) first.focus(); // the button may vanish: keep the reader's place at the first new result
    } catch (error) {
      console.error("搜索失败", error);
      if (token === generation) showUnavailable();
    } finally {
      loadingMore = false;
    }
  });
  addEventListener("popstate", () => void run(pagefind, readAddress()));
  await run(pagefind, readAddress());
}

void start();
