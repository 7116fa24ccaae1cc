import { hanRunBefore } from "../clauses";
import { charClass, NAME_FUNCTION_CHARS, NAME_OPENER_CHARS, readLexicon } from "../lexicon";
import type { Names, Span } from "./names";
import { tagWindow } from "./segmenter";
import type { Candidate, EntityRule } from "./types";

const data = readLexicon<{ heads: string[]; genericLeads: string[]; placeTails: string[] }>(
  "border-stations.json",
);
const HEAD = new RegExp([...data.heads].sort((a, b) => b.length - a.length).join("|"), "g");
const GENERIC = new Set(data.genericLeads);
/** Mentions that may lead a station's name: its province, city or port. */
const LEAD = /^(Province|City|Port):/;
/** Characters after which a name may start inside a run of Han text (据二连出入境边防检查站统计). */
const OPENER = charClass(NAME_OPENER_CHARS, "据同从被请");
/** Words a station's own place name does not hold: function words, verbs, list marks. */
const FUNCTION = charClass(NAME_FUNCTION_CHARS, "则与及和、等并于到已也被还都又同这那个");
/** Openers that may stand inside the run before a station's own place (记者从某地边检站获悉, 据某地边检站). */
const INNER_OPENER = /[据从]/;
/** Segmenter tags of a place's own name the gazetteer lacks: proper nouns, abbreviations, unknown words;
 * a word of one character may hold any tag (伊尔克什坦 ends in 坦/n). */
const PROPER_TAG = /^(ns|nz|nr|nrt|x|j)$/;

/** The places leading a station's name, back from its port or city (新疆霍尔果斯, 上海浦东机场). */
function leadChain(cands: readonly Candidate[], k: number, prevEnd: number): Span[] {
  const chain: Span[] = [];
  let end = k;
  for (;;) {
    const c = cands.find((o) => o.ce === end && o.cs < end && o.cs >= prevEnd && LEAD.test(o.id));
    if (!c || chain.length >= 3) return chain;
    chain.unshift({ id: c.id, cs: c.cs, ce: c.ce });
    end = c.cs;
  }
}

/**
 * The start of a station's name written without a known place before its head at `k`: the run of Han
 * text from the end of a previous station (…总站二连出入境边防检查站) or from the start of the run or after
 * its last opener (记者从某地出入境边防检查站获悉), two to five characters, no function word and no generic
 * word (口岸边检站); else -1.
 */
function ownPlaceStart(norm: string, k: number, prevEnd: number, n: Names): number {
  let from = Math.max(hanRunBefore(norm, k, 8), prevEnd);
  if (from > prevEnd && from > 0 && /[\u4e00-\u9fff]/.test(norm[from - 1] ?? "")) return -1;
  if (from !== prevEnd && OPENER.test(norm[from] ?? "")) from++;
  // 据 or 从 inside the run ends the words before the name (记者从某地边检站获悉); not 被, 请 (被调往…);
  // the words after it then hold no determiner or count (向全体边检站, 从多个边检站)
  for (let i = k - 1; i >= from; i--) {
    if (INNER_OPENER.test(norm[i] ?? "")) {
      if (n.quantified(norm.slice(i + 1, k))) return -1;
      from = i + 1;
      break;
    }
  }
  const place = norm.slice(from, k);
  if (place.length < 2 || place.length > 5 || FUNCTION.test(place) || GENERIC.has(place)) return -1;
  return n.cat.resolve(place) || properPlace(norm, from, k, n) ? from : -1;
}

/** Whether the segmenter reads norm[from, k) as proper words only (二连/ns), not common ones (陆路/n, 临时/b),
 * before a place tail (三合口岸). */
function properPlace(norm: string, from: number, k: number, n: Names): boolean {
  const tail = data.placeTails.find((w) => norm.startsWith(w, k - w.length) && k - w.length > from);
  const words = tagWindow(norm, from, k - (tail?.length ?? 0), n.cat);
  return words.length > 0 && words.every((w) => w.word.length === 1 || PROPER_TAG.test(w.tag));
}

/**
 * Border inspection stations named after their province, city or port (满洲里出入境边防检查站,
 * 三合口岸边防检查站, 内蒙古出入境边防检查总站) or after a place the text names only there (据二连出入境
 * 边防检查站统计). A station written right after its head station (内蒙古出入境边防检查总站二连出入境边防
 * 检查站) is the one named, the head station qualifying it; a head with no place of its own (口岸边检站,
 * 该站) names no station.
 */
export const borderStations: EntityRule = {
  name: "border-stations",
  type: "Organization",
  priority: 1,
  find({ norm, n, cands, add }) {
    const found: Span[] = [];
    let prevEnd = -1;
    for (const m of norm.matchAll(HEAD)) {
      const k = m.index ?? 0;
      const ce = k + m[0].length;
      const chain = leadChain(cands, k, prevEnd);
      const cs = chain[0]?.cs ?? ownPlaceStart(norm, k, prevEnd, n);
      if (cs >= 0 && !GENERIC.has(norm.slice(cs, k))) {
        // the head station right before a station qualifies it: the station is the one named
        if (found.at(-1)?.ce === cs) found.pop();
        found.push({ id: n.resolveOrRegister("Organization", norm.slice(cs, ce)), cs, ce });
      }
      prevEnd = ce;
    }
    for (const f of found) {
      const parts = cands.filter((c) => c.cs >= f.cs && c.ce <= f.ce && LEAD.test(c.id));
      add({ ...f, method: "pattern", parts: parts.map(({ id, cs, ce }) => ({ id, cs, ce })) });
    }
  },
};
