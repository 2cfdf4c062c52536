/**
 * A small valid PDF (A4, one page a line list) written byte by byte: with `lines` of ASCII text
 * it has a text layer, as a PDF saved from a word processor does; with `scan: true` its page is
 * only a grey image, as a scanner writes it (no text a screen reader could read).
 * Deterministic: no dates, no ids. For the synthetic site, fixtures and tests.
 */
export function minimalPdf(options: { lines?: readonly string[]; scan?: boolean }): Buffer {
  const escape = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, "?");
  const text = (options.lines ?? []).map((line, i) => `BT /F1 14 Tf 72 ${770 - i * 20} Td (${escape(line)}) Tj ET`).join("\n");
  const image = options.scan ? "q 451 0 0 700 72 70 cm /Im1 Do Q" : "";
  const content = [image, text].filter(Boolean).join("\n");
  const pixels = Buffer.alloc(8 * 8, 0xb0); // an 8×8 grey "scan"
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << ${options.scan ? "/XObject << /Im1 6 0 R >> " : ""}${text ? "/Font << /F1 5 0 R >> " : ""}>> >>`,
    `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`,
    text ? "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>" : "null", // a scanner declares no font
    `<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${pixels.length} >>\nstream\n${pixels.toString("latin1")}\nendstream`,
  ];
  let body = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}
