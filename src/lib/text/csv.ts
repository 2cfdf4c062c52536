/** One row of a CSV file: its cells and the line it starts on. */
export interface CsvRow {
  line: number;
  cells: string[];
}

/**
 * Parses CSV as spreadsheets write it (RFC 4180: commas, "quoted" cells with "" for a quote,
 * line breaks inside quotes), keeping each row's line. Blank lines and lines starting with #
 * (notes) are skipped; cells are trimmed. An unclosed quote is reported as `unclosedAt`.
 */
export function parseCsv(text: string): { rows: CsvRow[]; unclosedAt?: number } {
  const rows: CsvRow[] = [];
  const source = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  let line = 1;
  let i = 0;
  while (i < source.length) {
    const rowLine = line;
    if (source[i] === "#" || source[i] === "\n") {
      const end = source.indexOf("\n", i);
      i = end < 0 ? source.length : end + 1;
      line += 1;
      continue;
    }
    const cells: string[] = [];
    let cell = "";
    let quoted = false;
    for (; i < source.length; i++) {
      const ch = source[i]!;
      if (quoted) {
        if (ch === '"' && source[i + 1] === '"') (cell += '"'), i++;
        else if (ch === '"') quoted = false;
        else {
          if (ch === "\n") line += 1;
          cell += ch;
        }
      } else if (ch === '"' && cell.trim() === "") {
        quoted = true;
        cell = "";
      } else if (ch === ",") {
        cells.push(cell.trim());
        cell = "";
      } else if (ch === "\n") {
        i++;
        break;
      } else cell += ch;
    }
    if (quoted) return { rows, unclosedAt: rowLine };
    cells.push(cell.trim());
    line += 1;
    if (cells.some((c) => c !== "")) rows.push({ line: rowLine, cells });
  }
  return { rows };
}
