import { build, type BuildFailure, type Message } from "esbuild";
import { defaults, type ScriptAsset } from "./options.ts";

/** One script from a TypeScript entry (and what it imports), minified; an error names file and line. */
export async function bundleScript(script: Omit<ScriptAsset, "url">, target = defaults.jsTarget): Promise<string> {
  try {
    const result = await build({
      entryPoints: [script.entry],
      bundle: true,
      external: ["/pagefind/*"], // the search index, loaded by the browser at run time
      format: script.format,
      target,
      minify: true,
      charset: "utf8",
      legalComments: "none",
      write: false,
      logLevel: "silent",
    });
    return result.outputFiles[0]!.text;
  } catch (error) {
    const messages = (error as BuildFailure).errors ?? [];
    if (messages.length === 0) throw error;
    throw new Error(messages.map((m: Message) => `${m.location?.file ?? script.entry}:${m.location?.line ?? ""}: ${m.text}`).join("\n"));
  }
}
