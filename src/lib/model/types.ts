/**
 * The content model, defined once and used everywhere: loaders produce these
 * types, templates render them, tests assert on them.
 */

/** Where a problem was found, for one-line build errors. */
export interface SourceLocation {
  file: string;
  line?: number;
}

/** One problem in an input file: becomes one line of the build error. */
export interface BuildProblem extends SourceLocation {
  field: string;
  message: string;
}

/** Contact details shown in the footer and on 关于本站. */
export interface Contact {
  address: string;
  postcode: string;
  phone: string;
  email?: string | undefined;
}

/** The operator's settings, validated (see src/lib/settings/schema.ts). */
export interface SiteConfig {
  /** 网站名称, e.g. 北京市西城区人民政府 */
  name: string;
  /** Absolute base URL without trailing slash, e.g. https://www.bjxch.gov.cn */
  baseUrl: string;
  /** Host name of baseUrl, for the SiteDomain meta tag. */
  domain: string;
  /** 行政区划代码, 6 digits. */
  divisionCode: string;
  /** 主办单位 */
  sponsor: string;
  /** 承办单位 */
  organizer: string;
  /** 政府网站标识码 */
  siteIdCode: string;
  /** ICP备案号, e.g. 京ICP备19014909号-1 */
  icp: string;
  /** 公安机关备案号, e.g. 京公网安备11010202007633号 */
  publicSecurity: string;
  /** The digits of publicSecurity, for the query link. */
  publicSecurityCode: string;
  /** 党政机关网站标识 id, when the site has one. */
  conacId?: string | undefined;
  contact: Contact;
  /** Channel that imported legacy articles go to unless they say otherwise. */
  legacyChannel: string;
  /** 来源 used when an article names none. */
  defaultSource: string;
  /** Items per channel listing page. */
  pageSize: number;
  /** The newest items each feed (RSS, Atom, JSON Feed) carries. */
  feedItems: number;
  /** How many days after the build's reference time an article may be dated (see README: future dates). */
  futureDays: number;
}

/**
 * What a channel's articles are: `documents` (政策文件: each carries its 索引号, 发文字号, 有效性…),
 * `interpretations` (政策解读: each names the document it explains); news when left out.
 */
export type ChannelKind = "documents" | "interpretations";

/** A 栏目 (channel) of the portal. */
export interface Channel {
  /** URL slug, e.g. gzdt */
  slug: string;
  /** 栏目名称, e.g. 工作动态 */
  name: string;
  description: string;
  /** 《政府网站网页设计规范》 ColumnType, e.g. 工作动态 */
  columnType: string;
  /** Site-relative URL of the listing, e.g. /gzdt/ */
  url: string;
  /** The section (sections.yaml) the channel belongs to, when the site has sections. */
  section?: SectionLink | undefined;
  /** What its articles are; undefined for news and notices. */
  kind?: ChannelKind | undefined;
}

/** A section as a link: breadcrumbs and menus name it. */
export interface SectionLink {
  slug: string;
  /** 栏目名称, e.g. 政府信息公开 */
  name: string;
  /** Site-relative URL of its landing page, e.g. /xxgk/ */
  url: string;
}

/** A 主题分类 of the settings' topics.yaml (e.g. the 国务院公文主题分类). */
export interface Topic {
  /** URL slug of its listing, e.g. mzfp */
  slug: string;
  /** e.g. 民政、扶贫、救灾 */
  name: string;
}

/** A publish time, kept in the several forms pages and feeds need. */
export interface PublishTime {
  /** ISO 8601 with the +08:00 offset: 2025-03-07T09:00:00+08:00 */
  iso: string;
  /** 2025-03-07 */
  date: string;
  /** 2025年3月7日 */
  display: string;
  /** The PubDate meta tag form: 2025-03-07 09:00 */
  meta: string;
  /** Milliseconds since the epoch, for sorting. */
  epochMs: number;
}

/** A link to another article (previous / next in a channel). */
export interface ArticleLink {
  title: string;
  url: string;
}

/** 有效性 of a policy document. */
export type Validity = "有效" | "已修改" | "已废止" | "已失效";

/** The kinds of 解读. */
export type InterpretationKind = "图文解读" | "图解" | "问答";

/** A link to a policy document, with its 发文字号 when it has one. */
export interface DocumentLink extends ArticleLink {
  docNumber?: string | undefined;
}

/** A policy document's official metadata (an article of a `documents` channel). */
export interface PolicyDocument {
  /** 索引号 */
  indexNumber: string;
  /** 发文机关 (several for a joint document) */
  issuers: string[];
  /** 发文字号, e.g. 京西政发〔2025〕3号; undefined for a document issued without one. */
  docNumber?: string | undefined;
  /** 成文日期 */
  written: PublishTime;
  /** 主题分类 */
  topic: Topic;
  /** 有效性 */
  validity: Validity;
  /** When it was amended, repealed or expired (not 有效). */
  validitySince?: PublishTime | undefined;
  /** The document that amends or replaces it (已修改, 已废止; may be given for 已失效). */
  replacedBy?: DocumentLink | undefined;
  /** The documents this one amends or replaces, with what happened to each. */
  replaces: (DocumentLink & { validity: Validity })[];
  /** Its 解读, newest first. */
  interpretations: (ArticleLink & { kind: InterpretationKind })[];
}

/** A 解读: the document it explains and its kind. */
export interface Interpretation {
  kind: InterpretationKind;
  document: DocumentLink;
}

/** A file published with an article (附件), copied to a stable URL beside the article's page. */
export interface Attachment {
  /** 1-based, in the order the front matter lists them: 附件1, 附件2… */
  number: number;
  /** What the file is, e.g. 西城区2025年养老服务补贴申请表 */
  title: string;
  /** The file's type as readers know it: PDF, DOCX, OFD… */
  type: string;
  bytes: number;
  /** The size as the link says it: 36 KB, 1.2 MB */
  size: string;
  /** The whole link text: 附件1：西城区2025年养老服务补贴申请表（DOCX，36 KB） */
  linkText: string;
  /** Site-relative URL (percent-encoded), e.g. /zcwj/2025/subsidy/%E7%94%B3%E8%AF%B7%E8%A1%A8.docx */
  url: string;
  /** The file beside the article's Markdown, relative to the project. */
  sourceFile: string;
}

/** An image of an article body: its original, copied beside the page, and the renditions written from it at build time. */
export interface ArticleImage {
  /** The file beside the article's Markdown. */
  sourceFile: string;
  /** Site-relative URL of the original (percent-encoded). */
  url: string;
  /** Site-relative folder the renditions go to (the article's URL). */
  folderUrl: string;
  /** File names of the renditions are `<stem>-<width>.<format>`. */
  stem: string;
  widths: number[];
  formats: string[];
}

/** One published article, from Markdown or from the legacy importer. */
export interface Article {
  /** URL slug, stable across title changes. */
  slug: string;
  title: string;
  channel: Channel;
  published: PublishTime;
  /** 来源 */
  source: string;
  author?: string | undefined;
  /** Plain-text summary (the first paragraph unless the author wrote one). */
  summary: string;
  /** The article body as safe HTML. */
  bodyHtml: string;
  /** Site-relative URL, e.g. /gzdt/2025/seed/ */
  url: string;
  /** Path of the source file, relative to the project. */
  sourceFile: string;
  previous?: ArticleLink | undefined;
  next?: ArticleLink | undefined;
  /** The official metadata of a policy document (an article of a `documents` channel). */
  document?: PolicyDocument | undefined;
  /** What a 解读 explains. */
  interpretation?: Interpretation | undefined;
  /** Its 附件, in order. */
  attachments?: Attachment[] | undefined;
  /** The images of its body, to be written beside its page. */
  images?: ArticleImage[] | undefined;
}

/** One page of a channel listing. */
export interface ChannelPage {
  channel: Channel;
  /** 1-based page number. */
  pageNumber: number;
  pageCount: number;
  url: string;
  articles: Article[];
  /** Links to every page of this channel, for the pagination nav. */
  pages: { number: number; url: string }[];
  /** The numbered links the pagination nav shows: a window around this page, gaps for the rest (page-window.ts). */
  pageLinks: ({ number: number; url: string } | { gap: true })[];
  /** The page title: the channel name, with 第N页，共M页 after page 1. */
  title: string;
  /** A documents channel's first page: the ways to narrow its list (主题分类, 发文机关, year, 有效性). */
  facets?: DocumentFacet[] | undefined;
}

/** One way to narrow a documents channel's list, with a listing page for each value. */
export interface DocumentFacet {
  /** URL segment: topic, issuer, year, validity */
  key: string;
  /** 主题分类, 发文机关, 成文年份, 有效性 */
  name: string;
  /** Each value (as the search index's filter holds it: 2025), as shown (2025年), its listing and how many documents it has. */
  values: { value: string; label: string; url: string; count: number }[];
}

/** One page of a documents channel narrowed to one value (a 主题分类, a 发文机关, a year, a 有效性). */
export interface DocumentFilterPage extends ChannelPage {
  filter: { key: string; name: string; label: string };
}

/** What a section can stand for on the home page and in the inspection: 办事服务, 政府信息公开, 互动交流. */
export type EntryKind = "services" | "disclosure" | "interaction";

/**
 * The pages the build makes for a section from settings and data files (sections.yaml `pages:`),
 * by their URL segment: 信息公开指南, 信息公开制度, 法定主动公开内容, 依申请公开, 办事指南,
 * 区情概况, 机构职能, 领导信息.
 */
export type PortalPageId = "xxgkzn" | "xxgkzd" | "fdzdgknr" | "ysqgk" | "bszn" | "qqgk" | "jgzn" | "ldxx";

/** A link to one of a section's pages. */
export interface PageLink {
  id: PortalPageId;
  /** 页面名称, e.g. 信息公开指南 */
  name: string;
  /** What the page holds, in one sentence residents read. */
  description: string;
  url: string;
}

/** A 版块 of the portal (sections.yaml): channels and pages under one heading, with its landing page. */
export interface Section extends SectionLink {
  description: string;
  /** 《政府网站网页设计规范》 ColumnType of the landing page. */
  columnType: string;
  /** The home page's big entry this section is, if any. */
  entry?: EntryKind | undefined;
  channels: Channel[];
  pages: PageLink[];
}

/** A platform residents use (platforms.yaml): its address, its phone number, or both. */
export interface Platform {
  name: string;
  description: string;
  url?: string | undefined;
  phone?: string | undefined;
}

/** The platforms of platforms.yaml, by the entry they belong to. */
export interface Platforms {
  /** 办事服务: where residents apply and follow their applications. */
  services: Platform[];
  /** 互动交流: where residents ask, suggest and complain (咨询建言). */
  interaction: Platform[];
}

/** The office that handles 政府信息公开 (条例第十二条): who, where, when, how to reach it. */
export interface DisclosureOffice {
  name: string;
  address: string;
  postcode?: string | undefined;
  hours: string;
  phone: string;
  fax: string;
  /** 互联网联系方式: an e-mail address or an https address. */
  online: string;
  /** `online` as a link: mailto: or the https address. */
  onlineHref: string;
}

/** 政府信息公开指南 (条例第十二条), from xxgk.yaml `guide:`; the long fields as safe HTML. */
export interface DisclosureGuide {
  updated?: PublishTime | undefined;
  /** 信息分类 */
  classificationHtml: string;
  /** 编排体系 */
  arrangementHtml: string;
  /** 获取方式 */
  obtainingHtml: string;
  /** 依申请公开的途径 */
  applicationHtml: string;
  office: DisclosureOffice;
}

/** A link an operator configured: a page of the site (/zcwj/…) or another site (https://…). */
export interface ConfiguredLink {
  title: string;
  url: string;
  date?: PublishTime | undefined;
}

/** One item of 法定主动公开内容 and where it lives. */
export interface StatutoryItem {
  /** 公开事项, e.g. 机构职能 */
  name: string;
  note?: string | undefined;
  /** Where it lives: the channel, the page or the address, with the name the link shows. */
  target: { name: string; url: string };
}

/** 依申请公开: how to apply, and the application platform. */
export interface DisclosureApplication {
  updated?: PublishTime | undefined;
  platform: { name: string; url: string };
  howToHtml: string;
}

/** xxgk.yaml: the 政府信息公开 settings; each part optional (a page exists only where its part is given). */
export interface DisclosureSettings {
  guide?: DisclosureGuide | undefined;
  rules?: { updated?: PublishTime | undefined; documents: ConfiguredLink[] } | undefined;
  statutory?: { updated?: PublishTime | undefined; items: StatutoryItem[] } | undefined;
  application?: DisclosureApplication | undefined;
}

/** A 办事指南 (content/guides/*.yaml): the fields the inspection requires, long ones as safe HTML. */
export interface ServiceGuide {
  slug: string;
  /** 事项名称 */
  name: string;
  /** 设定依据 */
  basisHtml: string;
  /** 申请条件 */
  conditionsHtml: string;
  /** 办理材料 */
  materials: string[];
  /** 办理地点 */
  place: string;
  /** 办理时间 */
  hours: string;
  /** 咨询电话 */
  phone: string;
  /** 办理流程 */
  steps: string[];
  /** 办理时限, 收费标准, 实施机构: optional. */
  timeLimit?: string | undefined;
  fee?: string | undefined;
  department?: string | undefined;
  /** 网上办理: the platform's address for this item. */
  online?: string | undefined;
  updated?: PublishTime | undefined;
  url: string;
  sourceFile: string;
}

/** A department of 机构职能 (content/organization/departments.yaml). */
export interface Department {
  slug: string;
  name: string;
  /** 主要职责, one a line. */
  duties: string[];
  address: string;
  phone: string;
  hours: string;
  website?: string | undefined;
  updated?: PublishTime | undefined;
  url: string;
}

/** A leader of 领导信息 (content/organization/leaders.yaml). */
export interface Leader {
  name: string;
  /** 职务, e.g. 区长 */
  title: string;
  /** 工作分工 */
  duties: string;
  /** 简历, optional. */
  resume?: string | undefined;
}

/** 区情概况 (content/organization/overview.yaml). */
export interface DistrictOverview {
  updated?: PublishTime | undefined;
  facts: { label: string; value: string }[];
  bodyHtml: string;
}

/** The 走进… data files: each optional (a page exists only where its file is). */
export interface Organization {
  overview?: DistrictOverview | undefined;
  departments?: { updated?: PublishTime | undefined; list: Department[] } | undefined;
  leaders?: { updated?: PublishTime | undefined; list: Leader[] } | undefined;
}

/** How often a kind of column must be updated, and how many stale ones fail the site (inspect.yaml). */
export interface FreshnessClass {
  name: string;
  /** Days without a new item before a column counts as not updated. */
  days: number;
  /** The ColumnTypes of the columns in this class. */
  columnTypes: string[];
  /** How many stale columns of this class are a 单项否决. */
  veto: number;
}

/** inspect.yaml: what `npm run inspect` checks against, beyond the indicators' own rules. */
export interface InspectSettings {
  /** Days without a new item on the home page before it is a 单项否决. */
  homeDays: number;
  freshness: FreshnessClass[];
  /** How many empty columns are a 单项否决. */
  emptyVeto: number;
  /** Names (and titles) that must be written exactly, besides leaders.yaml's. */
  names: { name: string; title?: string | undefined }[];
  /** Personal data that may be published, each with its reason (digits only, as written without separators). */
  allowPersonalData: { value: string; reason: string }[];
}

/** One page the portal adds (section landing pages, the pages of sections.yaml, 办事指南 and department pages). */
export interface PortalPage {
  url: string;
  /** Which body renders it: src/site/_includes/pages/portal/<kind>.njk */
  kind: "section" | PortalPageId | "guide" | "department";
  title: string;
  description: string;
  column: { name: string; description: string; type: string };
  /** The section it belongs to (the menu marks it). */
  section: SectionLink;
  /** 当前位置, this page last. */
  crumbs: { name: string; url: string }[];
  /** For pages that are information items: the 网页设计规范 article tags and the date shown. */
  item?: { title: string; published?: PublishTime | undefined; source: string } | undefined;
  /** What the body renders, by kind. */
  view: unknown;
}

/** The menu: the sections (or, on a site without sections, the channels), and which item a channel's pages mark. */
export interface Navigation {
  items: { key: string; name: string; url: string }[];
  /** Channel slug → the key of its menu item. */
  keyOfChannel: Record<string, string>;
}

/** The home page's blocks: the latest 要闻, the big entries, then each other section. */
export interface HomeView {
  news?: HomeGroup | undefined;
  entries: { kind: EntryKind | "subscribe"; label: string; description: string; url: string }[];
  groups: HomeGroup[];
}

/** A block of the home page: a section (or a channel) with its newest items, its pages and its channels. */
export interface HomeGroup {
  key: string;
  name: string;
  url: string;
  articles: Article[];
  pages: PageLink[];
  /** Each channel of the section, linked under its items (empty for a channel's own block). */
  channels: { name: string; url: string }[];
}
