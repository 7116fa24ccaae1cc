import { clauseEnd, clauseStart } from "../clauses";
import {
  ABSENT_BEFORE,
  COUNTY_FULL_OF,
  COUNTY_PROVINCE_OF,
  isCountyLevel,
  RUN_DENIED,
  trigger,
} from "../lexicon";
import type { Span } from "./names";
import type { EntityRule } from "./types";

/** Operators (成渝), a route (包头-阿斯塔纳) in brackets, or a brand in quotes (“长安号”). */
const BRACKETED =
  /^(?:\(([\u4e00-\u9fff]{2,4})\)|\(([\u4e00-\u9fff]{2,6}-[\u4e00-\u9fff]{2,6})\)|[“"]([\u4e00-\u9fff]{2,5}号)[”"])/;

/** Whether the bracket holds one city or province name and nothing else. */
function wholePlace(ps: { start: number; end: number; id: string }[], len: number) {
  const p = ps.length === 1 ? ps[0] : undefined;
  return p && p.start === 0 && p.end === len && /^(City|Province):/.test(p.id) ? p : undefined;
}

/** After the service: a word of routeAbsentAfter (不存在), or one of routeAbsentBefore before a run verb (暂无开行计划). */
const ABSENT_AFTER_SERVICE = new RegExp(
  `${trigger("routeAbsentAfter").source}|(?:${trigger("routeAbsentBefore").source})(?:${trigger("routeRunDenied").source})`,
);
/** A route mark (triggers.json "routeMark") right after a denied run verb: only that destination is denied. */
const MARK_NEXT = new RegExp(`^(?:${trigger("routeMark").source})`);

/**
 * Whether the clause of a service written from `cs` to `ce` says it does not run: a word of routeAbsentBefore
 * before it (尚无中欧班列（甲）…), a negated run verb before or after it (至今尚未开通中欧班列（甲）, …暂未开行),
 * or an absent run after it (…暂无开行计划, …不存在); a negated run verb after it with a route mark next
 * (…尚未开通至乙地的线路) denies that destination only (routes.ts), not the service's home.
 */
function runDenied(norm: string, cs: number, ce: number): boolean {
  const pre = norm.slice(clauseStart(norm, cs), cs);
  const post = norm.slice(ce, clauseEnd(norm, ce));
  const denied = RUN_DENIED.exec(post);
  return (
    ABSENT_BEFORE.test(pre) ||
    RUN_DENIED.test(pre) ||
    ABSENT_AFTER_SERVICE.test(post) ||
    (!!denied && !MARK_NEXT.test(post.slice(denied.index + denied[0].length)))
  );
}

/**
 * A service named with its operators in brackets: 中欧班列（成渝）, 中欧班列（长安号）; with its route
 * in brackets: 中亚欧班列（包头-阿斯塔纳） (a catalog service keeps its name: 中欧班列（南昌-莫斯科） is a line
 * of 中欧班列); with a brand in quotes: 中欧班列“长安号” → 中欧班列长安号.
 */
export const bracketedServices: EntityRule = {
  name: "bracketed-services",
  type: "Corridor",
  priority: 3,
  find({ norm, n, add, cands }) {
    for (const c of [...cands]) {
      if (!c.id.startsWith("Corridor:") || !/班列|班车/.test(c.id)) continue;
      const b = BRACKETED.exec(norm.slice(c.ce));
      // (a route in brackets after a catalog service, 中欧班列（合肥-叶基巴斯图兹）, is a line of that
      // service: the service keeps its name, the places in brackets are its stops)
      if (!b || (b[2] && n.cat.get(c.id))) continue;
      const inside = b[1] ?? b[2] ?? b[3] ?? "";
      // (a city or province written whole in brackets after a catalog service, 中欧班列（合肥）, is where that
      // service runs from: the service keeps its name and its own parts (中老班列: 老挝), the place is a part of
      // the mention the route joins, unless the clause says the service does not run)
      const home = b[1] && n.cat.get(c.id) ? wholePlace(n.placesIn(inside), inside.length) : undefined;
      if (home) {
        const part = { id: home.id, cs: c.ce + 1, ce: c.ce + 1 + inside.length };
        const ce = c.ce + b[0].length;
        const parts = runDenied(norm, c.cs, ce) ? c.parts : [...c.parts, part];
        add({ id: c.id, cs: c.cs, ce, method: "pattern", parts });
        continue;
      }
      const base = n.cat.get(c.id)?.name ?? c.id.slice(9);
      // 中欧班列“长安号” → 中欧班列长安号 (a brand in quotes joins the name without them)
      const name = b[3] ? `${base}${inside}` : `${base}（${inside}）`;
      const parts: Span[] = [];
      if (b[2]) {
        // a route in brackets (包头-阿斯塔纳): its ends are the service's places
        for (const p of n.placesIn(inside))
          parts.push({ id: p.id, cs: c.ce + 1 + p.start, ce: c.ce + 1 + p.end });
      } else if (b[1]) {
        // (a county's name, 新津, 渝北 (cn-counties.json), holds an abbreviation only of the province it lies in)
        const county = isCountyLevel(inside)
          ? COUNTY_PROVINCE_OF.get(COUNTY_FULL_OF.get(inside) ?? inside)
          : undefined;
        for (const [k, ch] of [...inside].entries()) {
          const pid = n.cat.provinceAbbr.get(ch);
          if (pid && (county === undefined || pid === `Province:${county}`))
            parts.push({ id: pid, cs: c.ce + 1 + k, ce: c.ce + 2 + k });
        }
      }
      const id = n.cat.resolve(name, ["Corridor"]) ?? n.ensure("Corridor", name);
      add({ id, cs: c.cs, ce: c.ce + b[0].length, method: "pattern", parts });
    }
  },
};
