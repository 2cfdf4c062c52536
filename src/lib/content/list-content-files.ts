import { type Dirent, existsSync, readdirSync, realpathSync, type Stats, statSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import type { BuildProblem } from "../model/types.ts";

/** What one content folder holds and how each name is treated. */
export interface FolderRules {
  /** Extensions of the files read as articles, lowercase with the dot: [".md", ".markdown"]. */
  read: readonly string[];
  /** Other file names the folder may hold (lowercase), listed apart: ["overrides.csv"]. */
  extra?: readonly string[];
  /** Extensions of files that may sit beside the articles (attachments, images), listed apart: the articles say which they use. */
  companions?: readonly string[];
  /** Says where the files that are not read belong, for the warning. */
  hint: string;
}

export interface ContentFileList {
  /** Files to read as articles, sorted. */
  files: string[];
  /** Files named in `extra`, sorted. */
  extra: string[];
  /** Files with a `companions` extension, sorted: attachments and images, if an article names them. */
  companions: string[];
  /** Entries that must not be read: a pipe, a device, a link out of the content folder, a folder named like an article. */
  problems: BuildProblem[];
  /** Files that are skipped: their names are not ones the build reads. */
  warnings: BuildProblem[];
}

/** Documentation beside the content (README.md, readme.txt…) is skipped without a word. */
const isReadme = (name: string) => /^readme(\.[a-z]+)?$/i.test(name);

/** What a stat result is, in words, when it is neither a file nor a folder. */
function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return "a named pipe (FIFO)";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  return "not a regular file";
}

const inside = (path: string, root: string) => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

/**
 * Lists a content folder (recursively, sorted, hidden entries skipped) without
 * opening anything: reading a FIFO or /dev/zero would hang the build. Symbolic
 * links are followed only when they resolve inside `root` (the content folder);
 * others are refused by name, as are pipes, sockets, devices and folders
 * named like an article. Files whose extension (in any case) is not one the
 * folder reads, nor one of its companions (attachments and images beside articles),
 * are skipped with a warning naming them.
 */
export function listContentFiles(folder: string, root: string, rules: FolderRules): ContentFileList {
  const list: ContentFileList = { files: [], extra: [], companions: [], problems: [], warnings: [] };
  if (!existsSync(folder)) return list;
  const realRoot = realpathSync(root);
  const visited = new Set<string>();
  const refuse = (file: string, message: string) => list.problems.push({ file, field: "file", message });

  const walk = (dir: string) => {
    const real = realpathSync(dir);
    if (visited.has(real)) return; // a link back up the tree
    visited.add(real);
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const path = join(dir, entry.name);
      if (entry.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(path);
        } catch {
          refuse(path, "is a symbolic link to nothing (broken link); expected a text file");
          continue;
        }
        if (!inside(target, realRoot)) {
          refuse(path, `is a symbolic link to ${target}, outside the content folder ${root}; expected a file inside it`);
          continue;
        }
      }
      const stats = statSync(path); // follows a link, which now stays inside the content folder
      const extension = extname(entry.name).toLowerCase();
      if (stats.isDirectory()) {
        if (rules.read.includes(extension)) refuse(path, `is a folder named like an article; expected a ${rules.read.join(" or ")} file, or a folder name without ${extension}`);
        else walk(path);
      } else if (!stats.isFile()) {
        refuse(path, `is ${kindOf(stats)}; expected a regular text file`);
      } else if (rules.read.includes(extension)) {
        list.files.push(path);
      } else if (rules.extra?.includes(entry.name.toLowerCase())) {
        list.extra.push(path);
      } else if (rules.companions?.includes(extension)) {
        list.companions.push(path);
      } else if (!isReadme(entry.name)) {
        const what = extension ? `its extension ${extname(entry.name)}` : "it has no extension, which";
        list.warnings.push({ file: path, field: "file", message: `is not read: ${what} is not one this folder reads (${rules.read.join(", ")}, any case); ${rules.hint}` });
      }
    }
  };
  walk(folder);
  list.files.sort(); // by whole path, as a glob lists them: the order problems and duplicate URLs are reported in
  list.extra.sort();
  list.companions.sort();
  return list;
}

/** The path of `file` inside `folder`, with / between parts: 2019/123.txt */
export function relativePath(folder: string, file: string): string {
  return relative(folder, file).split(sep).join("/");
}
