import { triggerWords } from "../lexicon";
import type { Mention } from "./types";

/** China written in full (triggers.json "chinaInFull": 中国, 中华人民共和国; not 我国, no name's word). */
const CHINA_IN_FULL = triggerWords("chinaInFull").filter((w) => w.startsWith("中"));
/** What may stand right before a party inside an agreement's name besides its start (triggers.json
 * "agreementPartyOpeners": a title quote or a joiner). */
const PARTY_OPENERS = new Set(triggerWords("agreementPartyOpeners"));

/**
 * China written in full as a party inside an agreement's name (中国—某国自由贸易协定, 中国与某国自由贸易协定,
 * 《中华人民共和国政府和某国政府自由贸易协定》, 某国-中国自由贸易协定): a Country mention of its own, as the
 * other party of such a name already is (entities/abbreviations.ts nameParties). Only at the name's start, after
 * a title quote or right after a joiner, so a word that merely holds 中国 (中国大陆以外) is no party here.
 */
export function chinaInAgreements(norm: string, ms: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of ms) {
    if (!m.id.startsWith("Agreement:")) continue;
    const surface = norm.slice(m.cs, m.ce);
    for (const w of CHINA_IN_FULL) {
      for (let i = surface.indexOf(w); i >= 0; i = surface.indexOf(w, i + w.length)) {
        if (i > 0 && !PARTY_OPENERS.has(surface[i - 1] ?? "")) continue;
        if (w === "中国" && surface.startsWith("中华人民共和国", i)) continue;
        out.push({ id: "Country:中国", cs: m.cs + i, ce: m.cs + i + w.length, method: "pattern", parts: [] });
      }
    }
  }
  return out;
}
