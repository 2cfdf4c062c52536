import assert from "node:assert/strict";
import { test } from "node:test";
import { parseCsv } from "../../../src/lib/text/csv.ts";

test("CSV rows keep their line; quotes, doubled quotes, commas and line breaks inside quotes are read as spreadsheets write them", () => {
  const { rows, unclosedAt } = parseCsv('\uFEFFpath,date,title\r\n# a note\n\na.txt, 2025-03-07 ,\n"b,c.txt",2024,"说""明"\n"d.txt",2023,"两\n行"\ne.txt,2022');
  assert.equal(unclosedAt, undefined);
  assert.deepEqual(rows, [
    { line: 1, cells: ["path", "date", "title"] },
    { line: 4, cells: ["a.txt", "2025-03-07", ""] },
    { line: 5, cells: ["b,c.txt", "2024", '说"明'] },
    { line: 6, cells: ["d.txt", "2023", "两\n行"] },
    { line: 8, cells: ["e.txt", "2022"] },
  ]);
});

test("an unclosed quote is reported with the line its row starts on", () => {
  assert.equal(parseCsv('path,date\n"a.txt,2025\nb.txt,2024\n').unclosedAt, 2);
});
