import * as cheerio from "cheerio";

/** Attributes that take a URL a browser may follow or load. */
const urlAttributes = ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "cite", "srcset", "ping"];
/** Elements no page of ours needs and an injection would use. */
const bannedElements = ["iframe", "frame", "frameset", "object", "embed", "applet", "base", "style", "meta[http-equiv]"];

/** A URL with tabs, newlines and control characters removed, as browsers read it. */
const normalised = (value: string) => value.replace(/[\u0000-\u0020\u007f]+/g, "").toLowerCase();

/**
 * Everything in a page that a strict CSP would block or that lets content
 * run code: inline scripts, scripts from elsewhere, event handler attributes,
 * javascript:/vbscript:/data: URLs, style attributes and <style> elements,
 * frames, plugins, <base>. One line per finding; an empty list means safe.
 */
export function unsafeMarkup(html: string): string[] {
  const $ = cheerio.load(html);
  const findings: string[] = [];
  const describe = (element: unknown) => $.html(element as never).slice(0, 120);
  $("script").each((_, element) => {
    const src = $(element).attr("src");
    if (src === undefined) findings.push(`inline script: ${describe(element)}`);
    else if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(src.trim())) findings.push(`script from another origin: ${src}`);
  });
  $("*").each((_, element) => {
    for (const [name, value] of Object.entries((element as { attribs?: Record<string, string> }).attribs ?? {})) {
      if (/^on/i.test(name)) findings.push(`event handler attribute ${name}: ${describe(element)}`);
      if (name.toLowerCase() === "style") findings.push(`style attribute: ${describe(element)}`);
      if (urlAttributes.includes(name.toLowerCase())) {
        const url = normalised(value);
        if (/^(javascript|vbscript|livescript):/.test(url) || /(^|,)\s*javascript:/.test(url)) findings.push(`${name}="${value}" runs script`);
        if (url.startsWith("data:") && !/^data:image\/(png|gif|jpeg|webp);/.test(url)) findings.push(`${name}="${value.slice(0, 40)}" is a data: URL`);
      }
    }
  });
  for (const selector of bannedElements) $(selector).each((_, element) => void findings.push(`<${selector}> element: ${describe(element)}`));
  return findings;
}
