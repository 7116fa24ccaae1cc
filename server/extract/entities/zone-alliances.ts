import { clauseStart, hanRunBefore } from "../clauses";
import { charClass, entityAlt, NAME_FUNCTION_CHARS, readLexicon } from "../lexicon";
import type { Names } from "./names";
import { tagWords } from "./segmenter";
import type { Candidate, EntityContext, EntityRule } from "./types";

const lex = readLexicon<{ scopeWords: string[]; proposedAfter: string[]; descriptive: string[] }>(
  "alliances.json",
);
/** A body only proposed (可…组建, 加快创建, 推动设立) or asked about (会不会成立, 是否设立, 能否建立) does not exist
 * yet: no Organization; 可 alone is no proposal (各方认可某联盟的作用), only before a verb of founding (可成立,
 * 可以设立). */
const PROPOSED = new RegExp(
  `${entityAlt("allianceProposalVerbs")}|(?:${entityAlt("allianceAskedModals")})(?:${entityAlt("allianceFoundingVerbs")})`,
);
/** A zones' alliance or joint body (自贸试验区联盟, 自贸区联席会议). */
const ZONE_ALLIANCE = new RegExp(
  `(${entityAlt("allianceZoneWords")})(${entityAlt("allianceZoneHeads")})`,
  "g",
);
/** The last founding verb or function word before a zones' alliance: its name starts after it. */
const ALLIANCE_OPENER = new RegExp(`^.*(${entityAlt("allianceNameOpeners")})`);
/** Words after 联盟 in its clause that make the body only planned (正在筹备, 构想由来已久). */
const PROPOSED_AFTER = new RegExp(lex.proposedAfter.join("|"));
/** Scope words that cannot open an alliance's own field (省内, 全省, 国内, 当地: data/lexicon/alliances.json). */
const SCOPE_OPEN = new RegExp(`^(?:${lex.scopeWords.join("|")})`);
/** A list joint before a place: the place is a list's last member (某国、某国旅游联盟), not the name's lead. */
const LIST_JOINT = /[、和与及]/;
/** Places, blocs and corridors that lead an alliance's name (中老铁路城市联盟, 某国-某地区智库联盟). */
const LEAD = /^(Country|Province|City|Corridor):/;
/** Function words and list marks an alliance's name does not hold (与, 和, 的, 、). */
const FUNCTION = charClass(NAME_FUNCTION_CHARS, "的与和及、，");
/** Tags of words an alliance's own field does not hold: verbs (not verbal nouns such as 发展), adverbs,
 * pronouns, numerals, prepositions, conjunctions, particles, time words and localisers. */
const NOT_IN_FIELD = /^(v|vd|d|r|m|q|p|c|u[a-z]*|t|f)$/;
/** A field that only describes a tie rather than naming a body (某国结成战略联盟, 形成利益联盟); a longer
 * field holding such a word is a name's (某国城市发展战略联盟). */
const DESCRIPTIVE = new RegExp(`^(?:${lex.descriptive.join("|")})$`);
const MAX_RUN = 18;

/** Alliances and joint bodies of zones: 黄河流域自由贸易试验区联盟, 黑吉辽自由贸易试验区联盟. */
function zoneAllianceNames(norm: string, n: Names, add: EntityContext["add"]): void {
  for (const m of norm.matchAll(ZONE_ALLIANCE)) {
    const k = m.index ?? 0;
    let a = hanRunBefore(norm, k, 8);
    const v = ALLIANCE_OPENER.exec(norm.slice(a, k));
    if (v) a += v[0].length;
    if (k - a < 2) continue;
    const name = norm.slice(a, k + m[0].length);
    if (PROPOSED.test(norm.slice(clauseStart(norm, a), a))) continue;
    const id = n.cat.resolve(name, ["Organization"]) ?? n.ensure("Organization", name);
    add({ id, cs: a, ce: k + m[0].length, method: "pattern" });
  }
}

/** Whether the leads from `cs` on are joined to one another by nothing or a dash (中国—东盟, 中老): any other
 * words between two leads (湖北省携手东盟, 某市申请加入某省) are a clause, and the name starts at a later lead. */
function joinedLeads(norm: string, chain: readonly Candidate[]): boolean {
  return chain.every((c, i) => i === 0 || /^[-—]?$/.test(norm.slice(chain[i - 1]?.ce ?? c.cs, c.cs)));
}

/** Whether norm[cs, k) is an alliance's name: no function word, leads joined (joinedLeads), and a field of
 * nouns of its own after the last lead (城市, 港口, 智库, 经贸合作区发展), not a tie described (战略). */
function allianceField(norm: string, n: Names, cs: number, k: number, leads: Candidate[]): boolean {
  const name = norm.slice(cs, k);
  if (FUNCTION.test(name)) return false;
  const chain = leads.filter((c) => c.cs >= cs);
  if (!joinedLeads(norm, chain)) return false;
  const fieldStart = Math.max(...chain.map((c) => c.ce));
  const field = norm.slice(fieldStart, k);
  if (field.length < 2 || !/^[\u4e00-\u9fff]+$/.test(field) || DESCRIPTIVE.test(field)) return false;
  // a scope word opening the field, also one the lead's last character begins (四川省内, 广东全省, 法国国内)
  if (SCOPE_OPEN.test(field) || SCOPE_OPEN.test(norm.slice(fieldStart - 1, k))) return false;
  return !tagWords(field, n.cat).some((w) => NOT_IN_FIELD.test(w.tag));
}

/** Whether the lead is the last of a list of places (越南、泰国、缅甸旅游联盟): a joint before it and a place
 * of the kinds that lead a name before that joint. */
function isListTail(lead: Candidate, norm: string, cands: readonly Candidate[]): boolean {
  const j = lead.cs - 1;
  return LIST_JOINT.test(norm[j] ?? "") && cands.some((c) => c.ce === j && LEAD.test(c.id));
}

/** The rest of the clause from `at` (up to its end mark). */
function clauseRest(norm: string, at: number): string {
  return /^[^，,；;。！？!?]*/.exec(norm.slice(at))?.[0] ?? "";
}

/**
 * Alliances led by a place, a bloc or a corridor (中老铁路城市联盟, 某国港口联盟, 某国-某地区智库联盟, 某省境外经贸
 * 合作区发展联盟): the run before 联盟 from its first lead, places linked by a dash, and a field of nouns of its
 * own; a name another rule read across it (欧亚经济联盟) is that rule's, and a body only proposed is none.
 */
function placeAlliances(
  norm: string,
  n: Names,
  add: EntityContext["add"],
  cands: readonly Candidate[],
): void {
  for (const m of norm.matchAll(/联盟/g)) {
    const k = m.index ?? 0;
    if (cands.some((c) => c.cs < k + 2 && c.ce > k)) continue;
    let s = k;
    while (s > 0 && k - s < MAX_RUN && /[\u4e00-\u9fff\-—]/.test(norm[s - 1] ?? "")) s--;
    const leads = cands.filter((c) => c.cs >= s && c.ce <= k && LEAD.test(c.id)).sort((a, b) => a.cs - b.cs);
    const lead = leads.find((c) => allianceField(norm, n, c.cs, k, leads));
    if (!lead || PROPOSED.test(norm.slice(clauseStart(norm, lead.cs), lead.cs))) continue;
    if (isListTail(lead, norm, cands) || PROPOSED_AFTER.test(clauseRest(norm, k + 2))) continue;
    const ce = k + 2;
    const parts = leads
      .filter((c) => c.cs >= lead.cs && c.id !== "Country:中国")
      .map((c) => ({ id: c.id, cs: c.cs, ce: c.ce }));
    add({
      id: n.resolveOrRegister("Organization", norm.slice(lead.cs, ce)),
      cs: lead.cs,
      ce,
      method: "pattern",
      parts,
    });
  }
}

/**
 * Alliances: of zones (黄河流域自由贸易试验区联盟), and led by a place, a bloc or a corridor with a field of
 * their own (中老铁路城市联盟, 某省境外经贸合作区发展联盟).
 */
export const zoneAlliances: EntityRule = {
  name: "zone-alliances",
  type: "Organization",
  priority: 3,
  find({ norm, n, add, cands }) {
    zoneAllianceNames(norm, n, add);
    placeAlliances(norm, n, add, cands);
  },
};
