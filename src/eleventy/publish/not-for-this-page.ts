/** What a guard stands in for: never rendered, only refused. */
class NotForThisPage {}

/**
 * A stand-in for global data a page may not read: any property read (a loop, a lookup) fails
 * with a message naming the data and the template. A paginated page is rendered again only when
 * its own page object or the site-wide data change, so it may not read data that changes with
 * other pages (listing data); and no page may read `collections`, which
 * holds only the pages rendered in the build. Symbols (which Eleventy and Nunjucks probe) read as
 * undefined, and the guard is no plain object, so Eleventy passes it along without copying it.
 */
export function notForThisPage(name: string, template: string): object {
  const refuse = (): never => {
    throw new Error(
      `${template} reads \`${name}\`, which it may not: ${name === "collections" ? "collections hold only the pages rendered in this build; give the page what it needs as global data" : "a paginated page may read only its own page object and site-wide data; put what it shows into its page object"} (README: publishing at scale)`,
    );
  };
  return new Proxy(new NotForThisPage(), {
    get: (target, property) => (typeof property === "symbol" ? Reflect.get(target, property) : refuse()),
    has: (target, property) => (typeof property === "symbol" ? Reflect.has(target, property) : refuse()),
    ownKeys: refuse,
  });
}
