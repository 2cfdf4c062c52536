import type { PostBuildStep } from "./build-site.ts";

/** What runs on a fresh build before it is published, in order. */
export const postBuildSteps: PostBuildStep[] = [];
