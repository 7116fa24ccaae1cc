import { readLexicon } from "../lexicon";
import type { Names } from "./names";
import { tagWords } from "./segmenter";
import type { Mention } from "./types";

const LEX = readLexicon<{
  nouns: string[];
  classNouns: string[];
  trimmedAfterPort: string[];
  portNameHeads: string[];
}>("port-common-nouns.json");
const TRIMMED = new Set(LEX.trimmedAfterPort);
const NOUNS = [...LEX.nouns, ...LEX.classNouns];
const CLASS_NOUNS = new Set(LEX.classNouns);
/** Tags of the words of a name before a class noun: unknown runs (transliterations) and place names. */
const NAME_WORD_TAG = /^(x|ns|nr)/;

/** Whether `before` (the words before a class noun) is a name: every word an unknown run or a place name. */
function nameLed(before: string, n: Names): boolean {
  if (before.length < 2) return false;
  const words = tagWords(before, n.cat);
  return words.length > 0 && words.every((w) => NAME_WORD_TAG.test(w.tag));
}

/**
 * The port named by `before` (a name, then a head of portNameHeads: 镇江港), if it reads as one: the words
 * before the head are a place name or a name to the segmenter (nameLed).
 */
function portBefore(before: string, n: Names): string | undefined {
  const head = LEX.portNameHeads.find((h) => before.endsWith(h));
  const name = head ? before.slice(0, -head.length) : "";
  const placed = n.placesIn(name).some((p) => p.start === 0 && p.end === name.length);
  return head && (placed || nameLed(name, n)) ? n.resolveOrRegister("Port", before) : undefined;
}

/**
 * Port mentions that end with a common noun of the port vocabulary (“中国洋浦港”船籍港, 电子口岸, 黄金口岸,
 * 中尼双边口岸; data/lexicon/port-common-nouns.json) are dropped (in place), unless a place written before
 * the noun inside the mention names the port; a class noun (边贸口岸, 一类口岸, 货柜港) also stays after a name
 * the segmenter reads as one (勐朗边贸口岸), and goes when bare or after common words (大型货柜港, 国家一类口岸);
 * a noun of trimmedAfterPort after a port's name is cut off instead (某城港疏港 → 某城港).
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
    if (CLASS_NOUNS.has(noun) && nameLed(before, n)) continue;
    // (疏港 after a port's name qualifies what follows: the mention is trimmed to the port, 某城港疏港铁路)
    const trimmed = TRIMMED.has(noun) ? portBefore(before, n) : undefined;
    if (trimmed) out[k] = { ...m, id: trimmed, ce: m.ce - noun.length };
    else out.splice(k, 1);
  }
}
