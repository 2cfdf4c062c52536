import { LineCounter, parseDocument } from "yaml";
import type { BuildProblem } from "../model/types.ts";

/** YAML parsed with a way back from a field path to its line. */
export interface ParsedYaml {
  data: unknown;
  /** 1-based line of the value at `path` (or of its nearest parent), offset by `firstLine - 1`. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** 1-based line of the value at `path`, or undefined when that field is absent. */
  exactLineOf(path: readonly PropertyKey[]): number | undefined;
  problems: BuildProblem[];
}

/**
 * Parses YAML with the core schema (dates stay strings; we parse them
 * ourselves in Asia/Shanghai) and keeps line numbers for error messages.
 * `firstLine` is the line of the file where `text` starts.
 */
export function parseYamlWithLines(text: string, file: string, firstLine = 1): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: "core", uniqueKeys: true, prettyErrors: true });
  const offset = firstLine - 1;
  // Warnings too: an unknown tag (`!!js/function`) would otherwise be read silently as text.
  const problems: BuildProblem[] = [...doc.errors, ...doc.warnings].map((error) => ({
    file,
    line: error.linePos ? error.linePos[0].line + offset : undefined,
    field: "front matter",
    message: `is not valid YAML (${error.code}): ${error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "")}`,
  }));
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node && node.range) return lineCounter.linePos(node.range[0]).line + offset;
    }
    return undefined;
  };
  const exactLineOf = (path: readonly PropertyKey[]) => (doc.hasIn(path as unknown[]) ? lineOf(path) : undefined);
  if (problems.length) return { data: undefined, lineOf, exactLineOf, problems };
  try {
    return { data: doc.toJS(), lineOf, exactLineOf, problems };
  } catch (error) {
    // yaml refuses alias bombs ("billion laughs") while building the value: report it like a syntax error.
    return { data: undefined, lineOf, exactLineOf, problems: [{ file, line: firstLine, field: "front matter", message: `is not usable YAML: ${(error as Error).message}` }] };
  }
}
