import type { Mention } from "./types";

/** The ids of place mentions: a city, a province or a country. */
export const PLACE_ID = /^(City|Province|Country):/;

/**
 * Removes (in place) the place mentions that `opensName` says open another name written right after them
 * (a venue's, facility-places.ts; a street's, street-names.ts): there the place is part of that name.
 */
export function dropPlacesOpening(out: Mention[], opensName: (m: Mention) => boolean): void {
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k];
    if (m && PLACE_ID.test(m.id) && opensName(m)) out.splice(k, 1);
  }
}
