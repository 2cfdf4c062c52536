import type { PostBuildStep } from "./build-site.ts";
import { indexBuiltSite } from "./search/index-built-site.ts";

/** Site search: writes the Pagefind index to pagefind/, in parts, rebuilding only the parts whose pages changed (src/publish/search/). */
export const searchIndexStep: PostBuildStep = (folder, build) => indexBuiltSite(folder, build);

/** What runs on a fresh build before it is published, in order. */
export const postBuildSteps: PostBuildStep[] = [searchIndexStep];
