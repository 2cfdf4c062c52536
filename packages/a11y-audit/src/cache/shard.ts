import { createHash } from "node:crypto";

/** One of `count` shards of the page list, numbered 1…count (as a CI matrix counts). */
export interface Shard {
  index: number;
  count: number;
}

/** Parses `--shard K/N` ("2/4"); throws one clear line when it is not 1 ≤ K ≤ N. */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new Error(`--shard is "${text}"; expected K/N with 1 ≤ K ≤ N, e.g. 2/4`);
  }
  return { index, count };
}

/**
 * The shard a page belongs to: a hash of its path, not its place in the list, so
 * adding or removing a page never moves any other page to another shard.
 */
export function shardOfPath(path: string, count: number): number {
  return (createHash("sha256").update(path).digest().readUInt32BE(0) % count) + 1;
}

/** Whether a page path is audited by the given shard (every path is, without one). */
export function inShard(path: string, shard: Shard | undefined): boolean {
  return !shard || shardOfPath(path, shard.count) === shard.index;
}
