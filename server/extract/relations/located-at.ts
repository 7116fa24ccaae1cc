import type { Mention } from "../entities/types";
import { ADMIN_SUFFIX, OF_HEAD, PLACED_TYPES as PLACED, relationAlt } from "../lexicon";
import { type FoundRelation, typeOf } from "./context";
import { pointAt } from "./cooperate";
import { T_LOCATED_AT } from "./triggers";
import type { RelationRule } from "./types";

/** Who a clause opened by the verb is about (not a development zone: often the object of 位于 before). */
const SUBJECT = ["FreeTradeZone", "Area", "Port"];
/** Where: provinces, cities (and counties), countries — places, as the ontology has them. */
const WHERE = /^(Province|City|Country)$/;
/** A span between places, not inside them. */
const BETWEEN = new RegExp(`^[^，,；;。]{0,4}?(${relationAlt("locatedBetweenWords")})`);
/** What closes a list of places the name spans: a count of them, or the end of the clause. */
const SPANNED = new RegExp(
  `^(${relationAlt("locatedSpanCounts")}|\\d)?(${relationAlt("locatedSpanUnits")})?(${relationAlt("locatedSpanInside")})?([，,；;。]|$)`,
);
/** Between two places of a list the placed name spans (地处京、冀两地). */
const LIST_SEP = new RegExp(`^(${relationAlt("locatedListWords")})$`);
/** Between the placed name and the verb: nothing, an adverb, or a bracketed short name. */
const LEAD = new RegExp(String.raw`^(\s|[(（][^)）]{1,12}[)）])?(${relationAlt("locatedLeadAdverbs")})?$`);
/**
 * Between the places of the chain that follows: nothing (湖南省岳阳市), 的, a space, or the suffix of a
 * place written without it (喀什地区疏附县, 红河州河口县, 红河哈尼族彝族自治州河口县).
 */
const CHAIN = new RegExp(`^(的|\\s|${ADMIN_SUFFIX}|[\\u4e00-\\u9fff]{0,8}自治州)?$`);

/**
 * A place stated to lie in another: X位于/地处/坐落于 Y (triggers.json "locatedAt") → LOCATED_IN from
 * X, the name right before the verb, to each place of the chain right after it (湖南省岳阳市 → 湖南省
 * and 岳阳), or to each place of a list it spans (地处京、冀两地 → 北京市, 河北省; abbreviations
 * count; China itself is left out). Not a span between places (位于A和B之间), nor a named zone as the container (位于X开发区内:
 * the ontology's LOCATED_IN targets are places).
 */
/** The places right after the verb at `from`: a chain (湖南省岳阳市) or a list (京、冀), and where it ends. */
export function placesAfter(
  norm: string,
  sorted: Mention[],
  from: number,
): { chain: Mention[]; k: number; list: boolean } {
  const chain: Mention[] = [];
  let k = from + (/^(于|在)?/.exec(norm.slice(from))?.[0].length ?? 0);
  let list = false;
  for (const m of sorted) {
    if (m.cs < k) continue;
    const gap = norm.slice(k, m.cs);
    if (m.cs !== k && !(chain.length > 0 && (CHAIN.test(gap) || LIST_SEP.test(gap)))) break;
    if (!WHERE.test(typeOf(m.id))) break;
    list ||= LIST_SEP.test(gap) && chain.length > 0;
    chain.push(m);
    k = m.ce;
  }
  return { chain, k, list };
}

/** The LOCATED_IN a place statement gives: `x` lies in `target`, read from the span [cs, ce). */
export function placedIn(
  x: Mention,
  target: string,
  cs: number,
  ce: number,
): FoundRelation & { subj: Mention } {
  return { type: "LOCATED_IN", subj: x, source: x.id, target, method: "pattern", confidence: 0.8, cs, ce };
}

export const locatedAt: RelationRule = {
  name: "located-at",
  types: ["LOCATED_IN"],
  find({ norm, ms, abbr, cat, push, subjectBefore }) {
    const sorted = [...ms, ...abbr].sort((x, y) => x.cs - y.cs);
    for (const t of norm.matchAll(new RegExp(T_LOCATED_AT.source, "g"))) {
      const at = t.index ?? 0;
      const { chain, k, list } = placesAfter(norm, sorted, at + t[0].length);
      const rest = norm.slice(k);
      // (a span between places, or a point relative to a list of them, is inside neither: 位于A和B之间,
      // 地处中国与东盟的地理中心; a list the name spans ends its clause or counts them: 地处京、冀两地)
      if (chain.length === 0 || BETWEEN.test(rest) || (list && !SPANNED.test(rest))) continue;
      // 位于泸州的川南临港片区, 位于儋州市西北部的洋浦经济开发区: the name after 的 is placed; else the name
      // right before the verb, else (the verb opening its clause: …，地处京、冀两地) the clause's subject
      const of = OF_HEAD.exec(rest);
      const after = of ? sorted.find((m) => m.cs === k + of[0].length) : undefined;
      const x =
        (after && PLACED.test(typeOf(after.id)) ? after : undefined) ??
        sorted.filter((m) => m.ce <= at && LEAD.test(norm.slice(m.ce, at))).pop() ??
        (/[，,；;]\s*$/.test(norm.slice(0, at)) ? subjectBefore(pointAt(at), SUBJECT) : undefined);
      if (!x || !PLACED.test(typeOf(x.id))) continue;
      // (China itself is no container the ontology records for a Chinese place; a place the name
      // already holds, 乌鲁木齐片区位于乌鲁木齐市, is name-internal.ts's reading)
      const held = (c: Mention) => x.parts.some((p) => p.id === c.id);
      // (哈尔滨地处东北亚: a world region is a setting, no container; 位于斯里兰卡南端的汉班托塔港: a city or
      // port abroad gets no LOCATED_IN to its country, as foreign cities have none)
      const country = (c: Mention) =>
        typeOf(c.id) === "Country" &&
        (/^(region|continent)$/.test(String(cat.get(c.id)?.properties.kind)) ||
          /^(City|Port)$/.test(typeOf(x.id)));
      for (const m of chain.filter((c) => c.id !== "Country:中国" && !held(c) && !country(c)))
        push(placedIn(x, m.id, Math.min(x.cs, at), Math.max(x.ce, m.ce)));
    }
  },
};
