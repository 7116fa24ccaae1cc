import { readLexicon } from "../lexicon";
import type { Names, Span } from "./names";
import { NOT_IN_NAME_TAG, tagWords, type Word } from "./segmenter";
import type { Candidate, EntityRule } from "./types";

const lex = readLexicon<{ heads: string[]; notWords: string[] }>("org-branches.json");
const HEADS = [...lex.heads].sort((a, b) => b.length - a.length).join("|");
const HEAD = new RegExp(`(?:${HEADS})`, "g");
const PLACE = /^(Province|City|Country):/;
const openings = readLexicon<{ placedHeads: string[]; notBrandWords: string[] }>("company-openings.json");
/** Heads of a firm's unit named by its place alone (某某鹤岗公司): company-openings.json placedHeads. */
const PLACED = new RegExp(`^(?:${openings.placedHeads.join("|")})$`);
/** Words of a clause or a whereabouts that make the words before the place no brand (落户, 省里): notBrandWords. */
const NOT_BRAND = new Set(openings.notBrandWords);
/** What may stand right before a brand that opens a unit's name: a list mark, a clause mark, a line start. */
const BRAND_LEAD = /[、，,；;。：:\n“"（(]/;

/**
 * The start of the brand written before a firm's unit found as its place and head alone (某某|鹤岗公司,
 * 某某|青藏分公司), or null: the Han run from a list or clause mark (or the passage's start) to the place,
 * two to six characters, none of its words a verb (of two characters or more), a time, a function or a count
 * word, and not a place alone.
 */
function brandBefore(norm: string, org: Candidate, n: Names): number | null {
  const name = norm.slice(org.cs, org.ce);
  const first = tagWords(name, n.cat)[0];
  const placeLen = n.startsWithPlace(name)?.len ?? (first?.tag === "ns" ? first.word.length : 0);
  if (placeLen === 0 || !PLACED.test(name.slice(placeLen))) return null;
  let from = org.cs;
  while (from > 0 && from > org.cs - 7 && /[\u4e00-\u9fff]/.test(norm[from - 1] ?? "")) from--;
  if (from > 0 && !BRAND_LEAD.test(norm[from - 1] ?? "")) return null;
  const brand = norm.slice(from, org.cs);
  if (brand.length < 2 || brand.length > 6 || (n.startsWithPlace(brand)?.len ?? 0) >= brand.length)
    return null;
  const words = tagWords(brand, n.cat);
  // a verb of one character inside a brand is the brand's own (某信通): only a longer one is a clause's
  const clause = (w: Word): boolean =>
    NOT_BRAND.has(w.word) || (NOT_IN_NAME_TAG.test(w.tag) && !(w.tag === "v" && w.word.length === 1));
  return words.some(clause) ? null : from;
}

/** The places written back to back right before `end` (香港澳门 of 某某香港澳门代表处), nearest last. */
function placesBefore(cands: readonly Candidate[], end: number): Candidate[] {
  const out: Candidate[] = [];
  let at = end;
  while (out.length < 3) {
    const p = cands.find((c) => c.ce === at && c.cs < at && PLACE.test(c.id));
    if (!p) break;
    out.unshift(p);
    at = p.cs;
  }
  return out;
}

/**
 * The branch's id: the catalog's entry for the name as written, else the body's own full name and the rest
 * as written (中国贸促会广东分会 and 中国国际贸易促进委员会广东分会 are one branch), with the surface as alias.
 */
function branchId(n: Names, norm: string, org: Candidate, ce: number): string {
  const surface = norm.slice(org.cs, ce);
  const known = n.cat.resolve(surface, ["Organization"]);
  if (known?.startsWith("Organization:")) return known;
  const name = `${n.cat.get(org.id)?.name ?? norm.slice(org.cs, org.ce)}${norm.slice(org.ce, ce)}`;
  const full = n.cat.resolve(name, ["Organization"]);
  if (full?.startsWith("Organization:")) return full;
  return n.ensure("Organization", name, name === surface ? {} : { aliases: [surface] });
}

/**
 * The places inside a branch's name. The body is no part: a part becomes a node of the document, and the
 * body named only inside its branch's name is no entity of the text (dev: 2 false Organizations with it).
 */
function partsOf(places: readonly Candidate[]): Span[] {
  return places.map((p) => ({ id: p.id, cs: p.cs, ce: p.ce }));
}

/**
 * A body's regional branch or office: an organisation found by an earlier rule, the branch's province,
 * city or country right after it and a branch head (新华社某省分社, 某某有限公司某市分公司, 海关总署某省分署):
 * one organisation, with the places inside it; so is its office written with 驻 before the place
 * (某政府驻北京办事处). Nothing else may stand between the three (a comma, a verb or 与 leaves them apart).
 */
export const organizationBranches: EntityRule = {
  name: "organization-branches",
  type: "Organization",
  priority: 2,
  find({ norm, n, add, cands }) {
    for (const m of norm.matchAll(HEAD)) {
      const k = m.index ?? 0;
      // a whole word that starts with the head and names no office (分会场)
      if (lex.notWords.some((w) => norm.startsWith(w, k))) continue;
      const places = placesBefore(cands, k);
      const first = places[0];
      // 驻华: the body's office in China (某组织驻华代表处), 华 standing for the country
      const inChina = !first && norm.startsWith("驻华", k - 2);
      if (!first && !inChina) continue;
      // 驻 before the place: the body's office in that place (某政府驻北京办事处)
      const end = first ? (norm[first.cs - 1] === "驻" ? first.cs - 1 : first.cs) : k - 2;
      let org: Candidate | undefined;
      for (const c of cands)
        if (c.ce === end && c.id.startsWith("Organization:") && (!org || c.cs < org.cs)) org = c;
      if (!org) continue;
      const ce = k + m[0].length;
      add({ id: branchId(n, norm, org, ce), cs: org.cs, ce, method: "pattern", parts: partsOf(places) });
    }
    for (const org of cands) {
      if (!org.id.startsWith("Organization:") || org.method !== "pattern") continue;
      const cs = brandBefore(norm, org, n);
      if (cs === null) continue;
      const name = norm.slice(cs, org.ce);
      add({ id: n.resolveOrRegister("Organization", name), cs, ce: org.ce, method: "pattern" });
    }
  },
};
