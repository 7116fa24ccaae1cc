import { readLexicon } from "../lexicon";
import type { Names } from "./names";
import type { Mention } from "./types";

const NOUNS = readLexicon<{ nouns: string[] }>("port-common-nouns.json").nouns;

/**
 * Port mentions that end with a common noun of the port vocabulary (“中国洋浦港”船籍港, 电子口岸, 黄金口岸,
 * 中尼双边口岸; data/lexicon/port-common-nouns.json) are dropped (in place), unless a place written before
 * the noun inside the mention names the port.
 */
export function dropCommonPortNouns(norm: string, out: Mention[], n: Names): void {
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k];
    if (!m?.id.startsWith("Port:")) continue;
    const surface = norm.slice(m.cs, m.ce);
    const noun = NOUNS.find((w) => surface.endsWith(w));
    if (!noun) continue;
    const before = surface.slice(0, -noun.length);
    if (before && n.placesIn(before).some((p) => p.end === before.length)) continue;
    out.splice(k, 1);
  }
}
