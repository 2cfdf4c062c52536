import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** sha256 of a string or buffer, hex. */
export function sha256(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

/** The hash recorded for a file that does not exist (so creating it later changes the key). */
export const missingFile = "missing";

/**
 * Hashes files of a built folder by relative path, each read once per run:
 * a site's pages share one stylesheet and script, and 10,000 pages must not hash it 10,000 times.
 */
export function createFileHasher(folder: string): (file: string) => string {
  const hashes = new Map<string, string>();
  return (file) => {
    let hash = hashes.get(file);
    if (hash === undefined) {
      try {
        hash = sha256(readFileSync(join(folder, file)));
      } catch {
        hash = missingFile;
      }
      hashes.set(file, hash);
    }
    return hash;
  };
}
