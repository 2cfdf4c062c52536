import type { PageType } from "./page-types.ts";
import type { ShotMode } from "./shot-modes.ts";

/** One screenshot: a page type at a width in a mode, saved as `file` (relative to the index). */
export interface Shot {
  type: PageType;
  width: number;
  mode: ShotMode;
  file: string;
}

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

/** The reviewer's index of `npm run shots`: a table per page type, a row per width, a column per mode, each cell the top of the full-page shot linking to it. */
export function indexPage(shots: Shot[], modes: ShotMode[], widths: readonly number[]): string {
  const types = [...new Set(shots.map((s) => s.type))];
  const sections = types.map((type) => {
    const rows = widths.map((width) => {
      const cells = modes.map((mode) => {
        const shot = shots.find((s) => s.type === type && s.width === width && s.mode === mode);
        return shot ? `<td><a href="${escape(shot.file)}"><img src="${escape(shot.file)}" alt="${escape(`${type.name}，${width}px，${mode.name}`)}" loading="lazy"></a></td>` : "<td>—</td>";
      });
      return `<tr><th scope="row">${width}px</th>${cells.join("")}</tr>`;
    });
    return `<section aria-labelledby="${type.slug}"><h2 id="${type.slug}">${escape(type.name)} <code>${escape(type.path)}</code></h2>
<table><thead><tr><th scope="col">宽度</th>${modes.map((m) => `<th scope="col">${escape(m.name)}</th>`).join("")}</tr></thead><tbody>${rows.join("")}</tbody></table></section>`;
  });
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>页面截图（npm run shots）</title>
<style>body{font-family:system-ui,sans-serif;margin:1rem}table{border-collapse:collapse}td,th{border:1px solid #888;padding:.25rem;vertical-align:top}img{display:block;width:180px;height:360px;object-fit:cover;object-position:top}</style></head>
<body><h1>页面截图</h1><p>${types.length}种页面 × ${widths.length}种宽度 × ${modes.length}种显示方式，共${shots.length}张整页截图（门户示例站点，tests/fixtures/portal）。点击图片看整页。</p>
<nav aria-label="页面类型"><ul>${types.map((t) => `<li><a href="#${t.slug}">${escape(t.name)}</a></li>`).join("")}</ul></nav>
${sections.join("\n")}
</body></html>
`;
}
