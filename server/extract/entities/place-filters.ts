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

/**
 * True when the place spanning cs..ce is the last member of a list of places (某国、某国商会, 某国、某国和某国商会,
 * 某国和某国两国商会): the list, not one name, holds it. A bare 和/与/及 between two places is no list (中国与某国
 * 国立大学签约: 与 is a preposition) unless a 、-list goes before it or 两国/双方 follows the last member.
 */
export function endsPlaceList(
  norm: string,
  places: readonly Mention[],
  p: { cs: number; ce: number },
): boolean {
  const mark = norm[p.cs - 1] ?? "";
  const prev = places.find((o) => o.ce === p.cs - 1 && PLACE_ID.test(o.id));
  if (!prev || !/[、和与及]/.test(mark)) return false;
  if (mark === "、") return true;
  return norm[prev.cs - 1] === "、" || /^(两国|双方|两地|三国)/.test(norm.slice(p.ce, p.ce + 2));
}
