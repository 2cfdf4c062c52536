import { createHash, type Hash } from "node:crypto";

/** Feeds one value into `hash`: primitives by type and text, objects by their own (memoized) hash. */
function feed(hash: Hash, item: unknown, memo: WeakMap<object, string>, path: string): void {
  if (item === null) hash.update("n;");
  else if (item === undefined) hash.update("u;");
  else if (typeof item === "string") hash.update(`s${item.length}:`).update(item);
  else if (typeof item === "number" || typeof item === "boolean") hash.update(`${typeof item}:${String(item)};`);
  else if (typeof item === "object") hash.update(`o${hashValue(item, memo, path)};`);
  else throw new Error(`${path} is a ${typeof item}; page objects hold plain data only`);
}

/**
 * A stable hash (hex) of a page object or any plain data: the same value gives the same hash in
 * any build. Strings, numbers, booleans, null and undefined, arrays and plain objects (keys in
 * their order: the loaders build objects in a fixed order); anything else (a function, a Date or
 * other class instance) is refused, since page objects hold plain data (house convention).
 * `memo` remembers each object's hash, so an object shared by many pages (an Article in its own
 * page, its channel's listing pages and the feeds) is hashed once a build.
 */
export function hashValue(value: unknown, memo: WeakMap<object, string> = new WeakMap(), path = "value"): string {
  if (value === null || typeof value !== "object") {
    const hash = createHash("sha1");
    feed(hash, value, memo, path);
    return hash.digest("hex");
  }
  const known = memo.get(value);
  if (known) return known;
  const hash = createHash("sha1");
  if (Array.isArray(value)) {
    hash.update(`a${value.length}:`);
    value.forEach((item, index) => feed(hash, item, memo, `${path}[${index}]`));
  } else {
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) {
      throw new Error(`${path} is a ${prototype?.constructor?.name ?? "class instance"}; page objects hold plain data only`);
    }
    for (const [key, item] of Object.entries(value)) {
      hash.update(`k${key.length}:${key}`);
      feed(hash, item, memo, `${path}.${key}`);
    }
  }
  const digest = hash.digest("hex");
  memo.set(value, digest);
  return digest;
}
