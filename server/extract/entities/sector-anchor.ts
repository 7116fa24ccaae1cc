import { clauseOf } from "../clauses";
import { alternatives, PLACE_FOCUS_WORDS, readLexicon, SECTOR_FOCUS, ZONE_TYPE, ZONE_WORD } from "../lexicon";
import type { Mention } from "./types";

const LEX = readLexicon<{
  anchorClassHeads: string[];
}>("industry.json");
/**
 * What states a focus after a city, province or port, up to the end of the sector's clause (as relations/focus.ts
 * reads FOCUSES_ON): 杭州…支持和促进跨境电商高质量发展.
 */
const PLACE_FOCUS = alternatives(PLACE_FOCUS_WORDS);
/** A class head after the sector in its clause names it as a field (跨境电商领域, 电动汽车…等领域). */
const CLASS_HEAD = new RegExp(`^[^，,。；;：:]*?(?:${alternatives(LEX.anchorClassHeads).source})`);
/** Places whose sectors count only where the sentence states their focus (杭州重点发展…, 打造…产业集群). */
const PLACE = /^(?:City|Province|Port):/;
/** A country's sectors stay: national lists of sectors (the seed sets count them widely). */
const COUNTRY = /^Country:/;

/** What the passage around a sector offers as its anchor. */
export interface SectorAnchors {
  /** A zone, area or development zone named earlier in the paragraph. */
  zoneBefore: boolean;
  /** The subject carried from the heading or the paragraph is a zone, area or development zone. */
  zoneCarried: boolean;
}

/**
 * Removes (in place) industries that no zone or place focuses on (the annotation conventions: sectors
 * of traded goods, of cooperation between parties, of itineraries and reports with no zone or place in
 * the sentence are no Industry entities). A sector stays when the passage names a zone, area,
 * development zone, a zone in general (自贸试验区, 该市…, as whole words: not 创新区域, 当地时间) or a country;
 * when a city, province or port stands before it and a focus word between that place and the end of the
 * sector's clause states what the place focuses on (as relations/focus.ts reads FOCUSES_ON); when the
 * paragraph's zone comes before it or is carried; when its own clause states a focus before it (重点发展,
 * 打造…); or when a class head names it as a field (…领域, …产业, …产业集群).
 */
export function dropUnanchoredSectors(norm: string, ms: Mention[], anchors: SectorAnchors): void {
  if (anchors.zoneBefore || anchors.zoneCarried || ZONE_WORD.test(norm)) return;
  if (!ms.some((m) => m.id.startsWith("Industry:"))) return;
  if (ms.some((m) => ZONE_TYPE.test(m.id) || COUNTRY.test(m.id))) return;
  const places = ms.filter((m) => PLACE.test(m.id));
  for (let k = ms.length - 1; k >= 0; k--) {
    const m = ms[k];
    if (!m?.id.startsWith("Industry:")) continue;
    const [a, e] = clauseOf(norm, m.cs);
    if (SECTOR_FOCUS.test(norm.slice(a, m.cs)) || CLASS_HEAD.test(norm.slice(m.ce, e))) continue;
    // a city, province or port anchors a sector only where a focus stands between it and the sector's clause end
    if (places.some((p) => p.ce <= m.cs && PLACE_FOCUS.test(norm.slice(p.ce, e)))) continue;
    ms.splice(k, 1);
  }
}
