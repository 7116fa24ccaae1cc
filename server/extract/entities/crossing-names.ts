import {
  COUNTED,
  DESCRIPTIVE,
  GENERIC_MORPHEMES,
  PORT_KIND_SOURCE,
  STRONG_STOPS,
  WEAK_STOPS,
} from "../lexicon";
import type { Names } from "./names";
import { portOffice } from "./ports";
import { NOT_IN_NAME_TAG, PROPER_PIECE_TAG, tagWindow, type Word } from "./segmenter";
import type { EntityRule } from "./types";

/** The heads of a crossing's name: 口岸 after a kind of port (port-objects.json portKinds: 铁路, 公路, 陆路 …). */
const HEAD = new RegExp(`${PORT_KIND_SOURCE}?口岸`, "g");
/** Characters that end the text before a crossing's name: particles, prepositions, copulas, conjunctions, and
 * 我 before a level word (我州, 我盟, 我县口岸: the speaker's own region, no name). */
const BEFORE_NAME = /^[我的了是在为将把被对从自由经向往至到与和及等以于但而并或即、]$/;
/** Single-character stop words a transliteration may hold (其, 都 of 甘其毛都), which end other unseen names. */
const STOP_CHARS = new Set([...STRONG_STOPS, ...WEAK_STOPS].filter((w) => w.length === 1));

/** Where the name before the head at `k` starts, read back on the segmenter's words; null when none may. */
function nameStartBefore(norm: string, k: number, n: Names): { start: number; words: Word[] } | null {
  const words = tagWindow(norm, Math.max(0, k - 10), k, n.cat);
  const kept: Word[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] as Word;
    if (!/^[\u4e00-\u9fff]+$/.test(w.word) || BEFORE_NAME.test(w.word)) break;
    // words of two characters or more that no name holds: verbs, time words, function words, numerals, localisers
    if (w.word.length >= 2 && NOT_IN_NAME_TAG.test(w.tag)) break;
    // a known place leads the name (内蒙古甘其毛都口岸): the port rule reads that shape; a zone leading it
    // keeps its place in the name (兰州新区中川铁路口岸), which this rule does not read
    if (n.cat.resolve(w.word, ["DevZone"])?.startsWith("DevZone:")) return null;
    if (n.startsWithPlace(w.word)) break;
    kept.unshift(w);
  }
  const first = kept[0];
  if (!first) return null;
  let start = first.start;
  // a particle or preposition the segmenter glued onto the name (经都/x 拉塔) ends the text before it
  for (let i = k - 1; i > start; i--)
    if (BEFORE_NAME.test(norm[i - 1] ?? "")) {
      start = i;
      break;
    }
  // 中蒙甘其毛都口岸: a bilateral pair (中 and a partner's short name) is no part of the name
  if (n.bilateralPairAt(norm, start)) start += 2;
  return { start, words: kept };
}

/** Whether the words read as one transliterated name: proper or unknown pieces, or single characters only. */
function transliterated(words: Word[], start: number, k: number): boolean {
  const inside = words.filter((w) => w.end > start);
  const singles = inside.every((w) => w.word.length === 1) && k - start >= 3;
  return singles || inside.some((w) => PROPER_PIECE_TAG.test(w.tag) && w.word.length >= 2);
}

/**
 * Crossing names the port rule cannot delimit: a transliterated or border-locality name of two to six
 * characters that holds a character which ends other unseen names (甘其毛都口岸: 其 and 都; 某某布其口岸).
 * The name is read back from the head on the segmenter's words, up to a particle, preposition, copula or
 * conjunction, a clause word (verb, time, numeral…) or a known place; it must be made of proper or unknown
 * pieces (or of single characters only) and hold no generic or descriptive word nor a preposition before a
 * partner's short name (第一大对俄口岸). 这些城市都有口岸, 发挥其口岸优势 give no name.
 */
export const crossingNames: EntityRule = {
  name: "crossing-names",
  type: "Port",
  priority: 1,
  find({ norm, n, cands, add }) {
    for (const m of norm.matchAll(HEAD)) {
      const k = m.index ?? 0;
      const ce = k + m[0].length;
      if (portOffice(norm, ce - 2)) continue;
      // the cheap test first: a stop character in the six characters before the head (the name's longest)
      if (![...norm.slice(Math.max(0, k - 6), k)].some((ch) => STOP_CHARS.has(ch))) continue;
      const found = nameStartBefore(norm, k, n);
      if (!found) continue;
      const { start, words } = found;
      // a port an earlier rule read as long or longer (a catalogued or place-led name) stays; one it cut at
      // the stop character (拉塔口岸 of 都拉塔口岸) gives way to the longer name
      if (cands.some((c) => c.id.startsWith("Port:") && c.cs <= start && c.ce >= ce)) continue;
      const base = norm.slice(start, k);
      if (base.length < 2 || base.length > 6) continue;
      if (![...base].some((ch) => STOP_CHARS.has(ch))) continue;
      if (GENERIC_MORPHEMES.test(base) || DESCRIPTIVE.test(base) || COUNTED.test(base)) continue;
      if (!transliterated(words, start, k)) continue;
      // 第一大对俄口岸: a preposition and a partner's short name (对俄, 向蒙) class ports by the country they face
      if ([...base].some((ch, i) => BEFORE_NAME.test(ch) && n.cat.countryAbbr.get(base[i + 1] ?? "")))
        continue;
      add({ id: n.resolveOrRegister("Port", `${base}${m[0]}`), cs: start, ce, method: "pattern" });
    }
  },
};
