/** The year a lead points to, and how sure that is. */
export interface LeadYear {
  year: number;
  /** True when the lead opens with the year and names no later one (the seed: 3月7日,2025年…): no warning. */
  sure: boolean;
  /** Every year the lead names, in order of first mention. */
  named: number[];
  /** A few characters around the chosen year, for the warning: "部署2025年工作" */
  context: string;
}

/**
 * The publish year a lead names. A lead opening with its year is sure unless a later year
 * follows; otherwise the latest year named is a guess (leads look back: 总结2024年工作 in a
 * January 2025 report), which the build reports so that an operator confirms or corrects it.
 */
export function leadYear(lead: string): LeadYear | undefined {
  const mentions = [...lead.matchAll(/(?<!\d)((?:19|20)\d{2})\s*年/gu)].map((m) => ({ year: Number(m[1]), index: m.index }));
  if (mentions.length === 0) return undefined;
  const named = [...new Set(mentions.map((m) => m.year))];
  const latest = Math.max(...named);
  const chosen = mentions.find((m) => m.year === latest)!;
  const context = lead.slice(Math.max(0, chosen.index - 6), chosen.index + 9);
  return { year: latest, sure: mentions[0]!.index === 0 && mentions[0]!.year === latest, named, context };
}
