import { readLexicon } from "../lexicon";
import type { Mention } from "./types";

const FTA = readLexicon<{ china: string[]; joiners: string[]; government: string; ftaWords: string[] }>(
  "fta-names.json",
);
const NAMED = readLexicon<{ dashes: string[]; listMarks: string[]; heads: string[] }>(
  "party-named-agreements.json",
);
/** China written in full in a pair (fta-names.json "china": 中华人民共和国, 中国大陆, 中国), longest first. */
const CHINA = [...FTA.china].sort((a, b) => b.length - a.length);
/** What joins two parties inside an agreement's name (party-named-agreements.json dashes and listMarks, fta-names joiners). */
const JOINS = [...NAMED.dashes, ...NAMED.listMarks, ...FTA.joiners];
/** What may follow a party inside the name: a join, 政府, or the agreement's head (自由贸易协定, FTA…). */
const CLOSERS = [...JOINS, FTA.government, ...NAMED.heads, ...FTA.ftaWords];

/** China at `i` of the name stands as a party: at its start or after a join, and before a join, 政府 or the head. */
function chinaParty(surface: string, i: number, w: string): boolean {
  if (i > 0 && !JOINS.includes(surface[i - 1] ?? "")) return false;
  const rest = surface.slice(i + w.length);
  return CLOSERS.some((c) => rest.startsWith(c));
}

/**
 * China written in full as a party inside an agreement's name (中国—某国自由贸易协定, 中国与某国自由贸易协定,
 * 《中华人民共和国政府和某国政府自由贸易协定》, 某国-中国自由贸易协定): a Country mention of its own, as the
 * other party of such a name already is (entities/abbreviations.ts nameParties). China must open the name or
 * follow a join, and be followed by a join, 政府 or the agreement's head: a China that opens another name
 * (中国香港与…, 《中国某银行与…协议》, 中国大陆以外) is no party here. A customs territory that is a party of
 * the name (香港与某国《自由贸易协定》, 澳门与某国自由贸易协定: a Province part) is a mention of its own too.
 */
export function chinaInAgreements(norm: string, ms: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of ms) {
    if (!m.id.startsWith("Agreement:")) continue;
    const surface = norm.slice(m.cs, m.ce);
    const taken = new Set<number>();
    for (const w of CHINA) {
      for (let i = surface.indexOf(w); i >= 0; i = surface.indexOf(w, i + w.length)) {
        if (taken.has(i) || !chinaParty(surface, i, w)) continue;
        taken.add(i);
        out.push({ id: "Country:中国", cs: m.cs + i, ce: m.cs + i + w.length, method: "pattern", parts: [] });
      }
    }
    // a region of China that is a party of its own (party-named-agreements.ts customs territories: 香港与某国…)
    for (const p of m.parts)
      if (p.id.startsWith("Province:")) out.push({ ...p, method: "pattern", parts: [] });
  }
  return out;
}
