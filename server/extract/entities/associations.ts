import { HAN } from "../clauses";
import {
  ASSOCIATION_HEADS,
  ASSOCIATION_NOT_BEFORE,
  CHAMBER_HEADS,
  COUNTED,
  charClass,
  charClassBody,
  FEDERATION_HEADS,
  NAME_FUNCTION_CHARS,
  NAME_OPENER_CHARS,
  readLexicon,
} from "../lexicon";
import { addLedOrganization } from "./led-names";
import type { Candidate, EntityRule } from "./types";

const extra = readLexicon<{
  closedHeads: string[];
  closedHeadTitles: string[];
  closedHeadTitleNotBefore: string;
  closedHeadCountNouns: string[];
  nameLeads: string[];
  countryChambers: string[];
  countryChamberNotBefore: string;
  determiners: string[];
}>("association-leads.json");
/** Determiners (association-leads.json determiners) or a count with its classifier (names.ts COUNTED) after a
 * lead: a description of several bodies, not a name (某国相关协会, 某国多家商会). */
const DESCRIBED = new RegExp(`^(?:${extra.determiners.join("|")}|${COUNTED.source})`);
/** Officers' titles after which a closed head ends a name (总会会长): association-leads.json closedHeadTitles, a
 * whole word (not 主席台: closedHeadTitleNotBefore). */
const CLOSED_HEAD_TITLE = new RegExp(
  `^(?:${extra.closedHeadTitles.join("|")})(?![${extra.closedHeadTitleNotBefore}])`,
);
/** Heads that are also common words (总会, 联会): data/lexicon/association-leads.json closedHeads. */
const CLOSED_HEADS = extra.closedHeads;
/** The head of an association's name after a country: two or more characters of its own before it
 * (data/lexicon/name-heads.json association; chamber for the local heads below). */
const HEAD = new RegExp(`^[\\u4e00-\\u9fff]{2,10}?(${[ASSOCIATION_HEADS, ...CLOSED_HEADS].join("|")})`);
/** A chamber that may follow a country at once (某国工商会): association-leads.json countryChambers. */
const COUNTRY_CHAMBER = new RegExp(
  `^(?:${extra.countryChambers.join("|")})(?![${ASSOCIATION_NOT_BEFORE}${extra.countryChamberNotBefore}])`,
);
/** After a province, city or district a local chamber may follow at once (虹口区工商联, 福州市商会); any head
 * may follow the place of its members or its trade (上海市嘉善商会, 克拉玛依市私营个体协会, 嘉定区马陆镇商会).
 * A head that opens the next word is none (北京市促进会展业, 广州市工商联动, 浙江省研究会同, 宁波市政协会议). */
const ANY_HEAD = [
  ...new Set([...ASSOCIATION_HEADS.split("|"), ...CHAMBER_HEADS.split("|"), ...CLOSED_HEADS]),
].join("|");
const LOCAL_HEAD = new RegExp(
  `^(?:(?:${CHAMBER_HEADS})|[\\u4e00-\\u9fff]{2,10}?(?:${ANY_HEAD}))(?![${ASSOCIATION_NOT_BEFORE}])`,
);
/** A federation of associations whose head follows the association's (德国海外商会联盟): one name. */
const FEDERATION = new RegExp(`^(?:${FEDERATION_HEADS})`);
/** 联盟 as a verb taking associations as its object (甲市商会联盟乙地商协会…): an association's head within a
 * short Han run after it. A run that opens with a conjunction or a preposition (与, 和, 同, 对…) follows the
 * noun 联盟 (甲市商会联盟与乙地商会签约): the federation keeps its name. */
const FEDERATES = new RegExp(
  `^(?![${charClassBody(NAME_OPENER_CHARS)}同跟])[\\u4e00-\\u9fff]{1,8}?(?:${ANY_HEAD})`,
);
/** Characters after which a name may start inside a run of Han text. */
const OPENER = charClass(NAME_OPENER_CHARS, "据同");
/** Function words an association's name does not hold. */
const FUNCTION = charClass(NAME_FUNCTION_CHARS, "其则、，");
/** ... nor, after a place, a conjunction or a quantifier (福建省和浙江省商会, 上海市各行业协会). */
const LOCAL_FUNCTION = charClass(NAME_FUNCTION_CHARS, "其则、，和与及各等");
const LOCAL_LEAD = /^(Province|City):/;

/** A count with its classifier and a group noun closing a list of bodies (某某联会六大团体; association-leads.json
 * closedHeadCountNouns; not 总会三个一组). */
const COUNT_AFTER = new RegExp(`^(?:${COUNTED.source})(?:${extra.closedHeadCountNouns.join("|")})`);

/** A conjunction between two bodies' names (甲国某某总会和乙国某某协会). */
const CONJ = /^[和与及]/;
/** 等 and a group noun after a list of bodies (某某联会等团体: association-leads.json closedHeadCountNouns). */
const LIST_CLOSE = new RegExp(`^等(?:${extra.closedHeadCountNouns.join("|")})`);
const LEAD_PLACE = /^(Country|Province|City):/;

/** Whether another association's name opens at `at` (a place lead with a name after it: 乙国某某协会). */
function nameOpensAt(norm: string, cands: readonly Candidate[], at: number, depth: number): boolean {
  if (depth > 1) return false;
  return cands.some((c) => {
    if (c.cs !== at || !LEAD_PLACE.test(c.id)) return false;
    const country = c.id.startsWith("Country:");
    const fn = country ? FUNCTION : LOCAL_FUNCTION;
    return nameAfterLead(norm, cands, c.ce, country ? HEAD : LOCAL_HEAD, fn, country, depth + 1) > 0;
  });
}

/** A closed head (总会, 联会) ends a name only before a mark, a whole officer's title (总会会长), a count
 * closing a list (联会六大团体), 等 + a group noun, or a conjunction before another association's name (甲总会和
 * 乙国某某协会); never before a single character otherwise, as 总会 'always' takes any verb (总会主动, 总会和朋友,
 * 总会三五成群). */
function closedHeadEnds(
  norm: string,
  cands: readonly Candidate[],
  rest: string,
  end: number,
  depth: number,
): boolean {
  if (!CLOSED_HEADS.some((h) => rest.endsWith(h))) return true;
  const after = norm.slice(end, end + 8);
  if (!HAN.test(after[0] ?? "")) return true;
  if (CONJ.test(after)) return nameOpensAt(norm, cands, end + 1, depth);
  return CLOSED_HEAD_TITLE.test(after) || COUNT_AFTER.test(after) || LIST_CLOSE.test(after);
}

/** The length of an association's name after its lead (0: none), a federation's head included. */
function nameAfterLead(
  norm: string,
  cands: readonly Candidate[],
  ce: number,
  head: RegExp,
  fn: RegExp,
  country = false,
  depth = 0,
): number {
  const chamber = country ? COUNTRY_CHAMBER.exec(norm.slice(ce, ce + 6)) : null;
  const m = chamber ?? head.exec(norm.slice(ce, ce + 14));
  const rest = m?.[0] ?? "";
  if (!m || fn.test(rest) || DESCRIBED.test(rest)) return 0;
  if (!closedHeadEnds(norm, cands, rest, ce + rest.length, depth)) return 0;
  const after = norm.slice(ce + rest.length);
  const fed = FEDERATION.exec(after)?.[0].length ?? 0;
  return rest.length + (FEDERATES.test(after.slice(fed, fed + 12)) ? 0 : fed);
}

/** Words that open an association's name as a country does (中华厂商联合会): association-leads.json nameLeads. */
function ledByWord(ctx: Parameters<EntityRule["find"]>[0]): void {
  const { norm, cands } = ctx;
  for (const lead of extra.nameLeads) {
    for (let i = norm.indexOf(lead); i >= 0; i = norm.indexOf(lead, i + 1)) {
      const prev = norm[i - 1] ?? "";
      if (HAN.test(prev) && !OPENER.test(prev)) continue;
      const ce = i + lead.length;
      if (cands.some((c) => c.cs === i && c.ce > ce)) continue;
      const len = nameAfterLead(norm, cands, ce, HEAD, FUNCTION);
      if (len === 0) continue;
      const id = ctx.n.resolveOrRegister("Organization", norm.slice(i, ce + len));
      ctx.add({ id, cs: i, ce: ce + len, method: "pattern" });
    }
  }
}

/**
 * Associations and chambers led by a country (中国世界贸易组织研究会, 泰国山竹协会, 中国国际商会) or a
 * province, city or district (上海市嘉善商会, 虹口区工商联): a catalogued body or place inside the name is
 * part of it. The lead opens the name: at the start of a run of Han text or after an opener (与, 和, 据…).
 */
export const associations: EntityRule = {
  name: "associations",
  type: "Organization",
  priority: 1,
  find(ctx) {
    const { norm, cands } = ctx;
    for (const c of [...cands]) {
      const country = c.id.startsWith("Country:");
      if (!country && !LOCAL_LEAD.test(c.id)) continue;
      const prev = norm[c.cs - 1] ?? "";
      if (HAN.test(prev) && !OPENER.test(prev)) continue;
      const head = country ? HEAD : LOCAL_HEAD;
      const len = nameAfterLead(norm, cands, c.ce, head, country ? FUNCTION : LOCAL_FUNCTION, country);
      if (len > 0) addLedOrganization(ctx, c, c.ce + len, c.id !== "Country:中国");
    }
    ledByWord(ctx);
  },
};
