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

/** The W3C "Understanding" page of a criterion. */
export function understandingUrl(criterion: string): string {
  return `https://www.w3.org/WAI/WCAG22/quickref/#:~:text=${encodeURIComponent(criterion)}`;
}
