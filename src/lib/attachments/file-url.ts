/** The site-relative URL of a file named `name` (relative-file.ts) beside the page at `pageUrl`, each segment percent-encoded. */
export function fileUrl(pageUrl: string, name: string): string {
  return `${pageUrl}${name.split("/").map(encodeURIComponent).join("/")}`;
}
