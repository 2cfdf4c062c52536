import { listContentFiles } from "./list-content-files.ts";
import { type ContentFolders, folderRules } from "./load-articles.ts";

/**
 * Every file the loaders read from the content folders, by the same listing and rules as
 * loadArticles (articles, old-site pages and their overrides.csv), without opening any. The
 * publish pipeline hashes the content folder's other files apart: their changes cannot be
 * traced to the pages built from them.
 */
export function contentFilesRead(folders: ContentFolders): string[] {
  const articles = listContentFiles(folders.articles, folders.root, folderRules.articles);
  const legacy = listContentFiles(folders.legacy, folders.root, folderRules.legacy);
  return [...articles.files, ...legacy.files, ...legacy.extra];
}
