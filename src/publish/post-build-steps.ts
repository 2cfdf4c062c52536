import type { PostBuildStep } from "./build-site.ts";
import { indexSite } from "./search/index-site.ts";

/** Site search: writes the Pagefind index to pagefind/ (src/publish/search/). */
export const searchIndexStep: PostBuildStep = async (folder) => void (await indexSite(folder));

/** What runs on a fresh build before it is published, in order. */
export const postBuildSteps: PostBuildStep[] = [searchIndexStep];
