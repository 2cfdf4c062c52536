import { cleanLineText } from "../text/plain-text-schema.ts";
import { restoreFullWidthPunctuation } from "../text/full-width-punctuation.ts";

/**
 * The most characters a title derived from a lead keeps. A lead's first clause is a
 * headline in the seed's style (2025年西城区组织、宣传、统战、社会工作部署会召开: 26);
 * one without punctuation can run to thousands of characters.
 */
export const maxDerivedTitle = 80;

/** Clauses that say when or from where, not what: skipped when deriving a title. */
const whenClause = new RegExp(
  "^(?:" +
    [
      String.raw`(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[至到—-]\d{1,2}日)?`,
      String.raw`上午|下午|晚上|晚间|早上|早晨|清晨|凌晨|中午|傍晚|夜间|午后|当天|当日|今天|昨天|近日|日前|近期|目前|今年以来|年初以来|本周|上周`,
      String.raw`\d{1,2}[时点](?:\d{1,2}分|半)?|\d{1,2}:\d{2}`,
      String.raw`据悉|记者从\S*获悉|本网讯|本报讯|讯`,
      String.raw`\d{1,4}日`, // a mangled date such as 112日 (1月12日 without its 月)
    ].join("|") +
    ")+$",
  "u",
);

/** Punctuation a title never starts with; opening quotes and brackets (《, “, （) are fine. */
const leadingPunctuation = /^[—–\-－~～…·.,，。、；;:：!！?？)）\]】」』”’]+/u;
/** A date fragment a title never starts with (2023年1月4日在…, 12日…); a year alone (2025年西城区…) is fine. */
const leadingDate = /^(?:\d{4}年)?(?:\d{1,2}月)?\d{1,3}日(?:[上下]午|晚)?/u;

export interface DerivedTitle {
  title: string;
  /** Why the title may be wrong, in words, for a warning. */
  doubts: string[];
}

/**
 * The title an old page's lead gives: its first clause that says what happened (time
 * clauses such as 上午 or 近日 skipped), cleaned of leading punctuation and date
 * fragments, and cut to maxDerivedTitle. Each guess is named in `doubts`.
 */
export function titleFromLead(lead: string): DerivedTitle {
  const doubts: string[] = [];
  const clauses = restoreFullWidthPunctuation(lead).split(/[，。；！？,;!?]/u).map(cleanLineText).filter(Boolean);
  const first = clauses.findIndex((clause) => !whenClause.test(clause));
  for (const fragment of clauses.slice(0, first).filter((clause) => /^\d{3,}日$/u.test(clause))) {
    doubts.push(`the lead opens with "${fragment}", a date fragment the importer cannot read`);
  }
  let title = clauses[first] ?? "";
  const punctuation = leadingPunctuation.exec(title)?.[0];
  if (punctuation) {
    doubts.push(`the clause started with "${punctuation}"`);
    title = title.slice(punctuation.length);
  }
  const date = leadingDate.exec(title)?.[0];
  if (date) {
    doubts.push(`the clause started with the date fragment "${date}"`);
    title = title.slice(date.length).replace(leadingPunctuation, "");
  }
  const length = [...title].length;
  if (length > maxDerivedTitle) {
    doubts.push(`the lead's first clause has ${length} characters (no punctuation ends it); cut to ${maxDerivedTitle}`);
    title = `${[...title].slice(0, maxDerivedTitle - 1).join("")}…`;
  } else if (title && length < 5) {
    doubts.push(`it has only ${length} characters`);
  }
  return { title, doubts };
}
