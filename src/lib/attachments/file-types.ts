/** How a file of an allowed type begins, so that a renamed program is not published as a document. */
type Signature = "pdf" | "zip" | "ole" | "zip-or-ole" | "rar" | "7z" | "text" | "png" | "jpeg" | "gif" | "webp" | "tiff";

/** A type of file the site publishes: the label readers see in the link, and how its bytes begin. */
export interface FileType {
  label: string;
  signature: Signature;
}

/**
 * The files an article may carry as 附件, by lowercase extension: documents (PDF, OFD, Word,
 * WPS, spreadsheets, presentations, text), archives and images. Nothing that runs: no
 * programs, scripts, HTML or SVG (which a browser would run as a page of this site).
 */
export const attachmentTypes: Readonly<Record<string, FileType>> = {
  ".pdf": { label: "PDF", signature: "pdf" },
  ".ofd": { label: "OFD", signature: "zip" },
  ".doc": { label: "DOC", signature: "ole" },
  ".docx": { label: "DOCX", signature: "zip" },
  ".wps": { label: "WPS", signature: "zip-or-ole" },
  ".xls": { label: "XLS", signature: "ole" },
  ".xlsx": { label: "XLSX", signature: "zip" },
  ".et": { label: "ET", signature: "zip-or-ole" },
  ".ppt": { label: "PPT", signature: "ole" },
  ".pptx": { label: "PPTX", signature: "zip" },
  ".dps": { label: "DPS", signature: "zip-or-ole" },
  ".txt": { label: "TXT", signature: "text" },
  ".csv": { label: "CSV", signature: "text" },
  ".zip": { label: "ZIP", signature: "zip" },
  ".rar": { label: "RAR", signature: "rar" },
  ".7z": { label: "7Z", signature: "7z" },
  ".png": { label: "PNG", signature: "png" },
  ".jpg": { label: "JPG", signature: "jpeg" },
  ".jpeg": { label: "JPG", signature: "jpeg" },
  ".gif": { label: "GIF", signature: "gif" },
  ".webp": { label: "WEBP", signature: "webp" },
  ".tif": { label: "TIFF", signature: "tiff" },
  ".tiff": { label: "TIFF", signature: "tiff" },
};

/** The images a Markdown body may show (and the build converts), by lowercase extension. */
export const imageTypes: Readonly<Record<string, FileType>> = {
  ".png": attachmentTypes[".png"]!,
  ".jpg": attachmentTypes[".jpg"]!,
  ".jpeg": attachmentTypes[".jpeg"]!,
  ".gif": attachmentTypes[".gif"]!,
  ".webp": attachmentTypes[".webp"]!,
};

const startsWith = (head: Buffer, ...bytes: number[]) => bytes.every((byte, index) => head[index] === byte);
const zip = (head: Buffer) => startsWith(head, 0x50, 0x4b, 0x03, 0x04) || startsWith(head, 0x50, 0x4b, 0x05, 0x06);
const ole = (head: Buffer) => startsWith(head, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);

/** Whether `head` (the file's first bytes) begins as a file of this signature does. */
const signatureMatches: Record<Signature, (head: Buffer) => boolean> = {
  pdf: (head) => head.subarray(0, 5).toString("latin1") === "%PDF-",
  zip,
  ole,
  "zip-or-ole": (head) => zip(head) || ole(head),
  rar: (head) => head.subarray(0, 6).toString("latin1") === "Rar!\u001a\u0007",
  "7z": (head) => startsWith(head, 0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c),
  text: (head) => !head.includes(0),
  png: (head) => startsWith(head, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
  jpeg: (head) => startsWith(head, 0xff, 0xd8, 0xff),
  gif: (head) => head.subarray(0, 4).toString("latin1") === "GIF8",
  webp: (head) => head.subarray(0, 4).toString("latin1") === "RIFF" && head.subarray(8, 12).toString("latin1") === "WEBP",
  tiff: (head) => startsWith(head, 0x49, 0x49, 0x2a, 0x00) || startsWith(head, 0x4d, 0x4d, 0x00, 0x2a),
};

/** What a program's first bytes say it is, or undefined: a renamed program is refused whatever its extension. */
export function programKind(head: Buffer): string | undefined {
  if (startsWith(head, 0x4d, 0x5a)) return "a Windows program (it starts with MZ)";
  if (startsWith(head, 0x7f, 0x45, 0x4c, 0x46)) return "a Linux program (it starts with ELF)";
  if (startsWith(head, 0x23, 0x21)) return "a script (it starts with #!)";
  if ([[0xfe, 0xed, 0xfa, 0xce], [0xfe, 0xed, 0xfa, 0xcf], [0xcf, 0xfa, 0xed, 0xfe], [0xca, 0xfe, 0xba, 0xbe]].some((magic) => startsWith(head, ...magic))) return "a macOS program";
  return undefined;
}

/** Whether a file's first bytes fit its type. */
export function bytesFitType(head: Buffer, type: FileType): boolean {
  return signatureMatches[type.signature](head);
}

/** The allowed types, for messages: PDF, OFD, DOC, DOCX… */
export function typeList(types: Readonly<Record<string, FileType>>): string {
  return [...new Set(Object.values(types).map((type) => type.label))].join(", ");
}
