/**
 * A file size as a link says it (1 KB = 1024 bytes): `36 KB` (at least 1 KB, whole numbers),
 * `1.2 MB` (one decimal under 10 MB), `25 MB`.
 */
export function formatSize(bytes: number): string {
  const kb = bytes / 1024;
  if (kb < 1024) return `${Math.max(1, Math.round(kb))} KB`;
  const mb = kb / 1024;
  return mb < 10 ? `${(Math.round(mb * 10) / 10).toFixed(1)} MB` : `${Math.round(mb)} MB`;
}
