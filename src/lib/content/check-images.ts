import type { BuildProblem } from "../model/types.ts";

/** An address on another site: a scheme (https:, http:, ftp:…) or a protocol-relative //host. data: images are inline, not fetched. */
const remote = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i;

/**
 * Problems with a body's images: each must be the site's own. A remote image
 * would make every reader's browser (and feed reader) fetch it from a third
 * party, which tells that party who reads what, and the CSP blocks it anyway.
 */
export function checkImages(images: readonly { src: string; line: number }[], file: string): BuildProblem[] {
  return images
    .filter(({ src }) => remote.test(src) && !/^data:/i.test(src))
    .map(({ src, line }) => ({
      file,
      line,
      field: "image",
      message: `${JSON.stringify(src.length > 80 ? `${src.slice(0, 77)}...` : src)} is on another site; expected an image of this site (a path such as /uploads/map.png): readers' browsers must not fetch from third parties`,
    }));
}
