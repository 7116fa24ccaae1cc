import { type Catalog, nodeId } from "../catalog";
import { sentenceStart } from "../clauses";
import type { Mention } from "../entities/types";
import { CLAUSE_OPENERS, CONJUNCTION_CHARS, relationAlt, trigger } from "../lexicon";
import { type RelationContext, typeOf } from "./context";
import { pointAt } from "./cooperate";
import { DASHES } from "./dash-lines";
import type { RelationRule } from "./types";

/** Copulas that rank the subject among the place's own zones or ports (是, 为, 作为, 成为). */
const COPULA = new RegExp(`(${relationAlt("rankCopulas")})`, "g");
/** What is ranked: zones, areas, development zones and ports. */
const RANKED = ["Port", "DevZone", "Area", "FreeTradeZone"];
/** Between the subject and the copula: nothing, an adverb, or a bracketed short name. */
const LEAD = new RegExp(String.raw`^(\s|[(（][^)）]{1,12}[)）])?(${relationAlt("rankLeadAdverbs")})?$`);
/**
 * After the place: a short qualifier (对俄的, 通往俄罗斯的; group 1), a word of rank (首个, 唯一, 最大), then, in
 * the same clause, the head noun of a zone or port (综合保税区, 铁路通商口岸, 国家级新区; group 3).
 */
const RANK = new RegExp(
  `^([^，,。；;！？!?]{0,10}?)(${relationAlt("rankWords")})[^，,。；;！？!?]{0,12}?(${relationAlt("rankHeads")})`,
);
/** Words of the rank's qualifier that put the ranked one outside the country (海外, 境外, 援建). */
const ABROAD = new RegExp(relationAlt("rankAbroadMarks"));
/** A preposition of place right before a country in the qualifier (在越南的, 于老挝的). */
const AT_COUNTRY = new RegExp(`(${relationAlt("rankAbroadPrepositions")})$`);

/**
 * Between the copula and the place: a rank of a wider scope (triggers.json "rankWiderScope") listed first (是全国第N个、甲省首个综保区;
 * 是国家级、甲省首家…), closed by a list comma.
 */
const WIDER = new RegExp(`^(${trigger("rankWiderScope").source})[^，,。；;、]{0,8}、`);
/**
 * A demonstrative with its copula opening its clause (…通过验收。这是甲省首个综保区; function-words.json
 * clauseOpeners 这是, 这也是, 此为 — not 这为, where 为 is a preposition): the zone or port named last before
 * it, in that sentence or the one before, stands for it.
 */
const THIS = new RegExp(
  `(^|[。！？!?，,；;]\\s*)(${CLAUSE_OPENERS.split("|")
    .filter((w) => /^[这此]/.test(w))
    .join("|")})$`,
);
/**
 * After the rank's head, for 这: the head closes the phrase 这 stands for (not 首个综保区招商团, …综保区内的企业);
 * a list mark, a conjunction, a bracket or a space may follow it (…最大的公路口岸和铁路口岸, …首个综保区（前身…）).
 */
const HEAD_CLOSES = new RegExp(`^(\\s|[，,。；;！？!?、（(]|[${CONJUNCTION_CHARS}]|之一|$)`);

/** The heads of RANK that name a port (the others name zones). */
const PORT_HEAD = new RegExp(`^(${relationAlt("rankPortHeads")})$`);

/** A dash right after the rank's head: the name after it is the ranked one (甲省首家综合保税区——乙综合保税区). */
const APPOSITIVE = new RegExp(`^${DASHES}\\s*`);
/** 作为 opening its clause right before the place (…，作为甲省首个综合保税区，乙…). */
const AS_OPENER = new RegExp(`(^|[。！？!?，,；;]\\s*)(${relationAlt("rankPhraseOpeners")})$`);
/** A list join right before a place: it is not the first of the places the rank's phrase names. */
const LISTED = new RegExp(`(${relationAlt("rankMorePlaces")})$`);
/** The comma closing the 作为 phrase right after the rank's head. */
const AS_CLOSE = /^[，,]\s*/;

/** The places that hold a ranked zone or port (an area of a zone too, after a copula: locate). */
const PLACE = /^(Province|City)$/;

/** Words of a first, only or largest one (首个, 首家, 唯一, 最大): no ranked sentence without one. */
const FIRST_WORDS = new RegExp(relationAlt("rankFirstWords"));

/** Further places right after the place (北京、河北等地, 河南和陕西): a port serving several, no container. */
const MORE_PLACES = new RegExp(`^[市省]?(${relationAlt("rankMorePlaces")})`);

/** Whether the catalog puts the subject, or a city or province its name opens with, in another province. */
function elsewhere(cat: Catalog, x: Pick<Mention, "id" | "parts">, prov: string): boolean {
  const parent = cat.get(x.id)?.parent;
  const cities = [...(parent ? [nodeId("City", parent)] : []), ...x.parts.map((p) => p.id)];
  if (cities.some((c) => typeOf(c) === "Province" && c !== prov)) return true;
  return cities
    .filter((c) => typeOf(c) === "City")
    .map((c) => cat.get(c)?.parent)
    .some((p) => p !== undefined && nodeId("Province", p) !== prov);
}

/** The zone or port named last before `at`, in its sentence or the one before. */
function lastBefore(norm: string, ms: Mention[], at: number): Mention | undefined {
  const here = sentenceStart(norm, at);
  const from = here > 0 ? sentenceStart(norm, here - 1) : 0;
  return ms.filter((m) => m.cs >= from && m.ce <= at && RANKED.includes(typeOf(m.id))).pop();
}

/** The zone or port the previous sentence named last, standing for the 这是 that ends at `end`. */
function prevPlaced(
  placed: Pick<Mention, "id" | "parts"> | undefined,
  norm: string,
  end: number,
): Mention | undefined {
  const cs = end - (THIS.exec(norm.slice(0, end))?.[2]?.length ?? 0);
  return placed && RANKED.includes(typeOf(placed.id))
    ? { id: placed.id, cs, ce: cs, method: "pattern", parts: placed.parts }
    : undefined;
}

/**
 * Whether the rank's qualifier (group 1 of RANK, between the place and its word of rank) puts the ranked one
 * abroad: a word of abroad (海外, 境外, 援建) or a country after a preposition of place (浙江企业在越南投资的
 * 最大园区, 甲省在乙国的首个园区) — the place then names its investor, not its container.
 */
function abroad(rc: RelationContext, place: Mention, rank: RegExpExecArray): boolean {
  const qualifier = rank[1] ?? "";
  if (ABROAD.test(qualifier)) return true;
  const end = place.ce + qualifier.length;
  return rc.ms.some(
    (m) =>
      m.cs >= place.ce &&
      m.ce <= end &&
      typeOf(m.id) === "Country" &&
      AT_COUNTRY.test(rc.norm.slice(place.ce, m.cs)),
  );
}

/**
 * Pushes `x` LOCATED_IN `place` unless a guard refuses it: a category, a name holding the place already, a
 * zone (not a port) ranked in an area of a zone, a subject the catalog puts in another province, or a
 * qualifier putting it abroad.
 */
function locate(
  rc: RelationContext,
  x: Mention,
  place: Mention,
  rank: RegExpExecArray,
  span: { cs: number; ce: number; viaPrevPlaced?: boolean },
): void {
  if (rc.cat.get(x.id)?.properties.kind === "category" || x.parts.some((p) => p.id === place.id)) return;
  // (甲港作为乙片区唯一的开放口岸: an area of a zone holds the ports ranked in it; a park may hold the area)
  if (typeOf(place.id) === "Area" && typeOf(x.id) !== "Port") return;
  if (typeOf(place.id) === "Province" && elsewhere(rc.cat, x, place.id)) return;
  if (abroad(rc, place, rank)) return;
  rc.push({
    type: "LOCATED_IN",
    subj: x,
    source: x.id,
    target: place.id,
    method: "pattern",
    confidence: 0.8,
    ...span,
  });
}

/**
 * A ranked phrase written before the zone or port it names (甲省首家综合保税区——乙综合保税区; 作为甲省首个
 * 综合保税区，乙综合保税区…): the rank's head closes right before a dash, or before the comma of a 作为 phrase
 * opening its clause, and the zone or port of the head's kind named right after it lies in the place.
 */
function rankedBefore(rc: RelationContext): void {
  const { norm, ms } = rc;
  for (const place of ms.filter((m) => PLACE.test(typeOf(m.id)))) {
    const rank = RANK.exec(norm.slice(place.ce));
    // (甲、乙等地最大的港口——丙港: a port serving several places, in none of them)
    if (!rank || MORE_PLACES.test(norm.slice(place.ce)) || LISTED.test(norm.slice(0, place.cs))) continue;
    const after = place.ce + rank[0].length;
    const appositive = APPOSITIVE.exec(norm.slice(after));
    const closed = appositive ? null : AS_CLOSE.exec(norm.slice(after));
    const gap = appositive ?? (closed && AS_OPENER.test(norm.slice(0, place.cs)) ? closed : null);
    if (!gap) continue;
    const x = ms.find((m) => m.cs === after + gap[0].length && RANKED.includes(typeOf(m.id)));
    if (!x || PORT_HEAD.test(rank[3] ?? "") !== (typeOf(x.id) === "Port")) continue;
    locate(rc, x, place, rank, { cs: place.cs, ce: x.ce });
  }
}

/**
 * A zone or port ranked first, only or largest of a province or city lies in it: 甲综合保税区是乙省首个
 * 综合保税区, 甲口岸作为乙省对外的唯一铁路口岸, 甲口岸是国家一类口岸，是乙省通往丙国的唯一公路口岸 → the
 * place written right after the copula. The subject is the name right before the copula, or, for a copula
 * opening its clause, the subject of the clauses before. China itself (是中国首个…) and world regions are
 * no such containers; a subject the catalog puts in another province, or a place followed by further
 * places (是甲、乙等地最大的…), gives nothing. An area of a zone holds the ports ranked in it
 * (甲港作为乙片区唯一的开放口岸); a ranked phrase may also come before the name (rankedBefore).
 */
export const rankedInPlace: RelationRule = {
  name: "ranked-in-place",
  types: ["LOCATED_IN"],
  find(rc) {
    const { norm, ms, subjectBefore, placedBefore } = rc;
    if (!FIRST_WORDS.test(norm)) return;
    for (const t of norm.matchAll(COPULA)) {
      const at = t.index ?? 0;
      const end = at + t[0].length + (WIDER.exec(norm.slice(at + t[0].length))?.[0].length ?? 0);
      const place = ms.find((m) => m.cs === end && (PLACE.test(typeOf(m.id)) || typeOf(m.id) === "Area"));
      const rank = place ? RANK.exec(norm.slice(place.ce)) : null;
      if (!place || !rank || MORE_PLACES.test(norm.slice(place.ce))) continue;
      // (这是甲省首个综保区: the zone or port named last before, when the rank's head is of its kind
      // and closes the phrase 这 stands for)
      const opener = at + t[0].length;
      const back =
        THIS.test(norm.slice(0, opener)) && HEAD_CLOSES.test(norm.slice(place.ce + rank[0].length))
          ? (lastBefore(norm, ms, at) ?? prevPlaced(placedBefore, norm, opener))
          : undefined;
      const x =
        ms.filter((m) => m.ce <= at && LEAD.test(norm.slice(m.ce, at))).pop() ??
        (/[，,；;]\s*$/.test(norm.slice(0, at)) ? subjectBefore(pointAt(at), RANKED) : undefined) ??
        (back && PORT_HEAD.test(rank[3] ?? "") === (typeOf(back.id) === "Port") ? back : undefined);
      if (!x || !RANKED.includes(typeOf(x.id))) continue;
      const span = { cs: x.cs, ce: place.ce + rank[0].length };
      locate(rc, x, place, rank, x === back && !ms.includes(x) ? { ...span, viaPrevPlaced: true } : span);
    }
    rankedBefore(rc);
  },
};
