import type { CheerioAPI } from "cheerio";
import type { AnyNode } from "domhandler";

/** Elements whose text no reader sees. */
const hidden = new Set(["script", "style", "noscript", "template"]);

/**
 * The text of a page's body as readers see it, one text node a line: a number or a name split
 * across elements is not joined with its neighbours, and a script's text is not published text.
 */
export function pageText($: CheerioAPI): string {
  const lines: string[] = [];
  const walk = (nodes: AnyNode[]) => {
    for (const node of nodes) {
      if (node.type === "text") {
        const text = node.data.replace(/\s+/g, " ").trim();
        if (text) lines.push(text);
      } else if ((node.type === "tag" || node.type === "root") && !hidden.has((node as { name?: string }).name ?? "")) {
        walk((node as { children: AnyNode[] }).children);
      }
    }
  };
  walk($("body").toArray());
  return lines.join("\n");
}
