/** A site path (`/gzdt/`) as an absolute URL on the site's address (`baseUrl`, without a trailing slash). */
export function absoluteUrl(path: string, baseUrl: string): string {
  return new URL(path, `${baseUrl}/`).href;
}
