import { sharedBuild } from "../../support/shared-build.ts";

/** The portal fixture (tests/fixtures/portal/): documents in every status, 解读 of each kind, attachments, images and tables. */
export const portalContent = { settingsDir: "tests/fixtures/portal/settings", contentDir: "tests/fixtures/portal/content" };

/** The portal fixture as `npm run build` builds it (search index, fingerprints), once for every test file that reads it. */
export function portalSite(): Promise<string> {
  return sharedBuild("portal", portalContent);
}
