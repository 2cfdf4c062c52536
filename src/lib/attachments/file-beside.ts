import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from "node:fs";
import { dirname, join, sep } from "node:path";

/** A file found beside an article: where it is, how big, and its first bytes (never more is read here). */
export interface FileBeside {
  /** The path as the build reads it: the article's folder joined with the name. */
  path: string;
  bytes: number;
  /** Up to the first 16 bytes. */
  head: Buffer;
}

const inside = (path: string, root: string) => path.startsWith(root.endsWith(sep) ? root : root + sep);

/**
 * Finds the file `name` (relative-file.ts) beside `articleFile` and reads its size and first bytes,
 * or says in words why it cannot be published: missing, a link out of the content folder `root`,
 * not a regular file. Opened without blocking and checked after opening, as articles are, so a
 * FIFO cannot hang the build; a 2 GB file costs one stat.
 */
export function fileBeside(articleFile: string, name: string, root: string): FileBeside | string {
  const path = join(dirname(articleFile), ...name.split("/"));
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return `names ${name}, which is not there beside ${articleFile}; expected the file in the same folder as the article (names are case-sensitive)`;
  }
  if (!inside(real, realpathSync(root))) return `names ${name}, a link to ${real}, outside the content folder ${root}; expected a file inside it`;
  const fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return `names ${name}, which is not a regular file (a folder, a pipe or a device); expected a file`;
    const head = Buffer.alloc(16);
    const read = stats.size > 0 ? readSync(fd, head, 0, head.length, 0) : 0;
    return { path, bytes: stats.size, head: head.subarray(0, read) };
  } finally {
    closeSync(fd);
  }
}
