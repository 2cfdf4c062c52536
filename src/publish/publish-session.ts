import type { Manifest, PageRecord } from "./manifest/manifest.ts";
import type { Mark } from "./measure/step-timings.ts";

/** What a build learns about one page Eleventy renders (the publish plugin records it). */
export interface RenderedPage {
  template: string;
  /** The output file, relative to the site folder. */
  file: string;
  /** The page object's hash, for a page of a paginated template whose object has a url. */
  key?: string;
  sitemap?: { lastmod?: string };
}

/**
 * One build's shared state between the publish pipeline (build-site.ts) and its Eleventy plugin
 * (src/eleventy/plugins/publish.ts), created for each build: no module-level state.
 */
export interface PublishSession {
  /** The folder Eleventy writes into (the staging folder). */
  output: string;
  /** The published site this build may reuse files from, with its manifest; absent: a full build. */
  previous?: { site: string; manifest: Manifest };
  /** Why every page is rendered, when one is (no usable manifest, code, settings or site-wide data changed). */
  fullReason?: string;
  /** Hashes of this build's inputs; `frame` is set by the plugin once the content is loaded. */
  inputs: { code: string; settings: string; content: string; frame?: string };
  /** Global data paths the templates paginate over. */
  pageLists: Set<string>;
  /** Every page of a paginated template whose object has a url, rendered or not: url → its template and page-object hash. */
  alive: Map<string, { template: string; key: string }>;
  /** The pages Eleventy renders in this build, by url. */
  rendered: Map<string, RenderedPage>;
  /** The files written beside a page rendered in this build (an article's attachments and images), by url. */
  companions: Map<string, string[]>;
  /** Pages not rendered in this build because nothing they depend on changed: their records, kept from the previous manifest. */
  kept: Map<string, PageRecord>;
  /** When the content and assets were loaded (the plugin's first template): splits load from render time. */
  loaded?: Mark;
}

/** A new session; `previous` only when its manifest matches this build's code, settings and content keys. */
export function publishSession(output: string, inputs: PublishSession["inputs"], previous?: PublishSession["previous"], fullReason?: string): PublishSession {
  return { output, previous, fullReason, inputs, pageLists: new Set(), alive: new Map(), rendered: new Map(), kept: new Map(), companions: new Map() };
}
