/** WCAG success criteria named by axe-core tags: "wcag143" → "1.4.3", "wcag1410" → "1.4.10". */
export function criteriaFromAxeTags(tags: readonly string[]): string[] {
  return tags.flatMap((tag) => {
    const match = /^wcag(\d)(\d)(\d{1,2})$/.exec(tag);
    return match ? [`${match[1]}.${match[2]}.${match[3]}`] : [];
  });
}

/** The criterion in an HTML_CodeSniffer code: "WCAG2AA.Principle1.Guideline1_4.1_4_3.G18.Fail" → "1.4.3". */
export function criteriaFromHtmlcsCode(code: string): string[] {
  const match = /\.(\d)_(\d)_(\d{1,2})\./.exec(code);
  return match ? [`${match[1]}.${match[2]}.${match[3]}`] : [];
}

/** Where the W3C keeps each family of WCAG techniques, by code prefix. */
const techniqueFolders: Record<string, string> = { ARIA: "aria", SCR: "client-side-script", C: "css", F: "failures", G: "general", H: "html" };

/**
 * The W3C page of the technique an HTML_CodeSniffer code names:
 * "WCAG2AA.Principle1.Guideline1_1.1_1_1.H37" → https://www.w3.org/WAI/WCAG22/Techniques/html/H37
 */
export function techniqueUrlFromHtmlcsCode(code: string): string | undefined {
  const techniques = code.split(/[.,]/).slice(4);
  for (const token of techniques) {
    const match = /^(ARIA|SCR|C|F|G|H)(\d+)$/.exec(token);
    if (match) return `https://www.w3.org/WAI/WCAG22/Techniques/${techniqueFolders[match[1]!]}/${token}`;
  }
  return undefined;
}
