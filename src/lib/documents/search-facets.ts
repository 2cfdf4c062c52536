import type { DocumentFacet } from "../model/types.ts";

/**
 * The facets of every documents channel merged into one list per dimension, for the search
 * page's filters (which search the whole site): each value once, with the counts added up.
 */
export function searchFacets(byChannel: ReadonlyMap<string, DocumentFacet[]>): DocumentFacet[] {
  const merged = new Map<string, DocumentFacet>();
  for (const facets of byChannel.values()) {
    for (const facet of facets) {
      const into = merged.get(facet.key) ?? { ...facet, values: [] };
      merged.set(facet.key, into);
      for (const value of facet.values) {
        const known = into.values.find((v) => v.value === value.value);
        if (known) known.count += value.count;
        else into.values.push({ ...value });
      }
    }
  }
  return [...merged.values()];
}
