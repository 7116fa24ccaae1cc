import { readLexicon } from "../lexicon";
import type { Names, Span } from "./names";
import type { Candidate, EntityRule } from "./types";

const lex = readLexicon<{ heads: string[]; notWords: string[] }>("org-branches.json");
const HEADS = [...lex.heads].sort((a, b) => b.length - a.length).join("|");
const HEAD = new RegExp(`(?:${HEADS})`, "g");
const PLACE = /^(Province|City|Country):/;

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
  },
};
