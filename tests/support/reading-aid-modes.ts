/** A look the reading aids give a page, as the attributes they write on <html>. */
export interface ReadingAidMode {
  name: string;
  attributes: Record<string, string>;
}

/** Each text size, and 长者模式 alone and with 特大: the looks layout tests check at every width. */
export const textModes: ReadingAidMode[] = [
  { name: "标准", attributes: { "data-xc-text": "standard" } },
  { name: "大", attributes: { "data-xc-text": "large" } },
  { name: "特大", attributes: { "data-xc-text": "xlarge" } },
  { name: "长者模式", attributes: { "data-xc-text": "large", "data-xc-elder": "on" } },
  { name: "长者模式 + 特大", attributes: { "data-xc-text": "xlarge", "data-xc-elder": "on" } },
];
