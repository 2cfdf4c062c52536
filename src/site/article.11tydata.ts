import type { Article } from "../lib/model/types.ts";

/**
 * The per-article values of article.njk, computed in TypeScript. As
 * Nunjucks strings in front matter Eleventy 3.1 compiled each of them anew
 * for every article (its Nunjucks engine opts out of the compile cache): ten
 * compiles a page, most of the build time at 10,000 articles (see
 * `npm run bench`). Functions cost nothing to compile.
 */
interface Data {
  article: Article;
}

export default {
  permalink: (data: Data) => data.article.url,
  eleventyComputed: {
    title: (data: Data) => data.article.title,
    description: (data: Data) => data.article.summary,
    currentChannel: (data: Data) => data.article.channel.slug,
    column: (data: Data) => ({ name: data.article.channel.name, description: data.article.channel.description, type: data.article.channel.columnType }),
  },
};
