/** A known extra page with the HTTP statuses it may answer (see the config's `knownExtraPages`). */
export interface PageStatuses {
  path: string;
  statuses: number[];
}

/**
 * The HTTP statuses a page may answer with: what its known-extra-page entry says
 * (a not-found page may answer 404 where the server keeps it for errors only), else 200.
 */
export function acceptedStatuses(path: string, knownExtraPages: readonly PageStatuses[]): readonly number[] {
  return knownExtraPages.find((page) => page.path === path)?.statuses ?? [200];
}
