import { hanRunBefore } from "../clauses";
import {
  BRACKETED_ZONE_HEADS,
  COMPANY_HEADS,
  DEV_ZONE_HEADS,
  LEGAL_FORMS,
  NEGATORS,
  readLexicon,
  ZONE_PHRASE_BREAK,
} from "../lexicon";
import { clauseBetween, TYPE_TAG } from "./dev-zones";
import type { Names, Span } from "./names";
import { tagWindow } from "./segmenter";
import type { Candidate, EntityRule } from "./types";

/** A bracketed place, at most six more characters, then a zone's head (its own heads tried first). */
const BRACKETED = new RegExp(
  `[(（]([\\u4e00-\\u9fff]{2,6})[)）]([\\u4e00-\\u9fff]{0,6}?)(${[...BRACKETED_ZONE_HEADS, ...DEV_ZONE_HEADS].join("|")})`,
  "g",
);

/** Segmenter tags of clause words (verbs but not verbal nouns, adverbs, numerals, prepositions, conjunctions,
 * pronouns, particles): a name's words hold none of two characters or more. */
const CLAUSE_TAG = /^(v(?!n)|d|m|p|c|r|u)/;
/** Tags of one-character clause words a name's words hold none of: a verb (赴, 建), a preposition (在), an adverb (不, 将). */
const SHORT_CLAUSE_TAG = /^(v(?!n)|p|d)/;

/** Words opened by a negator (不设, 未建: lexicon.ts NEGATORS) deny a clause's verb; no name opens with them. */
const NEGATED = new RegExp(`^(?:${NEGATORS})`);

/** Whether norm[from, end) can be words of a name: no possessive or coordination, no clause between a place and a
 * zone's head (dev-zones.ts clauseBetween: a count, a verb, a copula, a strong stop), no negator, no clause word. */
function nameWords(n: Names, norm: string, from: number, end: number): boolean {
  const words = norm.slice(from, end);
  if (ZONE_PHRASE_BREAK.test(words) || clauseBetween(words) || NEGATED.test(words)) return false;
  return !tagWindow(norm, from, end, n.cat).some((w) =>
    w.end - w.start >= 2 ? CLAUSE_TAG.test(w.tag) : SHORT_CLAUSE_TAG.test(w.tag),
  );
}

const CATEGORIES = readLexicon<{
  classLeads: string[];
  shortFormClassLeads: string[];
  countModifiers: string[];
}>("bare-categories.json");
/** Words after the bracket that make the head a class, not a name's end: a class lead (全市, 各类, 国家级) or a
 * level (省级, 市级) of bare-categories.json: 某省(某市)省级经济开发区 is a list of a province's zones. */
const CLASS_AFTER = new RegExp(
  `^(?:${[...CATEGORIES.classLeads, ...CATEGORIES.shortFormClassLeads, ...CATEGORIES.countModifiers.filter((w) => w.endsWith("级"))].join("|")})`,
);
/** A company's name the zone's name opens (某中(某市)物流基地有限公司): at most six name's characters, then a legal
 * form or company head (lexicon.ts LEGAL_FORMS, COMPANY_HEADS). */
const COMPANY_AFTER = new RegExp(`^([\\u4e00-\\u9fff]{0,6}?)(?:${LEGAL_FORMS}|${COMPANY_HEADS})`);

const LEAD_NOUNS = readLexicon<{ bracketedLeadNouns: string[] }>("dev-zone-heads.json").bracketedLeadNouns;

/** Whether every word of the lead norm[from, open) after its opening is a place (catalogued, or tagged ns by the
 * segmenter) or ends with a region noun (dev-zone-heads.json bracketedLeadNouns): 中国某江区域, not 某市某屿. */
function placeWords(n: Names, norm: string, from: number, open: number, places: readonly Span[]): boolean {
  return tagWindow(norm, from, open, n.cat).every((w) => {
    const word = norm.slice(w.start, w.end);
    return (
      w.tag === "ns" ||
      places.some((p) => p.cs <= w.start && w.end <= p.ce) ||
      LEAD_NOUNS.some((x) => word.endsWith(x))
    );
  });
}

/**
 * Where the name opens before the bracket at `open`: the first place (catalogued, or a word the segmenter tags as
 * one), 中国 or bilateral pair (中俄) of the characters before it from which the words up to the bracket are a
 * name's and hold no zone an earlier rule named (某市高新区中某(某市)产业园: the park opens at the pair); with the
 * last place of the lead that is no country.
 */
function leadOf(
  n: Names,
  norm: string,
  open: number,
  cands: readonly Candidate[],
): { cs: number; parts: Span[]; placed: boolean } | undefined {
  const from = hanRunBefore(norm, open, 10);
  const run = norm.slice(from, open);
  const places = n.placesIn(run).map((p) => ({ id: p.id, cs: from + p.start, ce: from + p.end }));
  const placeStarts = new Set(places.map((p) => p.cs));
  for (const w of tagWindow(norm, from, open, n.cat)) if (w.tag === "ns") placeStarts.add(w.start);
  const starts = new Set(placeStarts);
  for (let i = 0; i < run.length - 1; i++)
    if (n.bilateralPairAt(run, i) || run.startsWith("中国", i)) starts.add(from + i);
  for (const cs of [...starts].sort((a, b) => a - b)) {
    if (cands.some((c) => c.id.startsWith("DevZone:") && c.cs >= cs && c.ce <= open)) continue;
    if (!nameWords(n, norm, cs, open)) continue;
    const pair = n.bilateralPairAt(norm, cs) || norm.startsWith("中国", cs);
    if (!placeWords(n, norm, pair ? cs + 2 : cs, open, places)) continue;
    const last = places.filter((p) => p.cs >= cs && !p.id.startsWith("Country:")).pop();
    // a country opens no place of the zone (中国某江区域(某市)…: the bracketed place is the part)
    const country = places.some((p) => p.cs === cs && p.id.startsWith("Country:"));
    return { cs, parts: last ? [last] : [], placed: placeStarts.has(cs) && !country };
  }
  return undefined;
}

/**
 * A zone named with a bracketed place after its leading place or pair: 甲市(乙镇)重点开发开放试验区,
 * 中国某江区域(某市)国际合作示范区, 中某(某市)物流基地, 某省某市(某江)经济开发区. The lead opens at a place,
 * 中国 or a bilateral pair, with no clause word up to the bracket; a place is named in the lead or in the
 * bracket; the words after the bracket hold no clause word. The name keeps ASCII brackets; a span an
 * earlier rule named (中国（某省）自由贸易试验区, 中国—某国(某市)…合作区) is left to it.
 */
export const bracketedPlaceZones: EntityRule = {
  name: "bracketed-place-zones",
  type: "DevZone",
  priority: 1,
  find({ norm, n, cands, add }) {
    for (const m of norm.matchAll(BRACKETED)) {
      const open = m.index ?? 0;
      const inner = m[1] ?? "";
      const after = open + inner.length + 2;
      const ce = open + m[0].length;
      const lead = leadOf(n, norm, open, cands);
      if (!lead) continue;
      // the zone lies in its lead's place; in the bracketed one when no place opens the lead (中某(某市)物流基地)
      const innerPlaces = n
        .placesIn(inner)
        .map((p) => ({ id: p.id, cs: open + 1 + p.start, ce: open + 1 + p.end }));
      const parts = lead.placed ? lead.parts : innerPlaces;
      // a place opens the lead, or the bracket names one (中国某江区域(某市)…, not 中国(某某)…)
      if (!lead.placed && innerPlaces.length === 0) continue;
      const rest = m[2] ?? "";
      if (
        !nameWords(n, norm, open + 1, open + 1 + inner.length) ||
        !nameWords(n, norm, after, after + rest.length)
      )
        continue;
      if (CLASS_AFTER.test(rest)) continue;
      const firm = COMPANY_AFTER.exec(norm.slice(ce, ce + 12));
      if (firm && nameWords(n, norm, ce, ce + (firm[1] ?? "").length)) continue;
      // a zone catalogued under its bracketed place (甲省(乙市)保税物流中心 is 乙市保税物流中心), or a type written
      // in brackets after the head (保税物流中心(B型)): dev-zones.ts names it
      const own = n.cat.resolve(`${inner}${m[2] ?? ""}${m[3] ?? ""}`, ["DevZone"]);
      if ((own?.startsWith("DevZone:") && n.cat.get(own)?.inCatalog) || TYPE_TAG.test(norm.slice(ce, ce + 4)))
        continue;
      if (cands.some((c) => c.cs <= lead.cs && c.ce >= ce)) continue;
      const name = `${norm.slice(lead.cs, open)}(${inner})${m[2] ?? ""}${m[3] ?? ""}`;
      add({ id: n.resolveOrRegister("DevZone", name), cs: lead.cs, ce, method: "pattern", parts });
    }
  },
};
