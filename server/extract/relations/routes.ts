import { sentenceStart } from "../clauses";
import type { Mention } from "../entities/types";
import { type RelationContext, typeOf } from "./context";
import type { RelationRule } from "./types";

/** Words that open a stop of a route: origin (自/从/以…为起点), transit (经/途经), destination (至/到/抵达). */
const ROUTE_MARK = /((?<!来)自|从|由|以|经由|途经|经停|经|至|到|抵达|直达|开往|发往|前往|通达)$/;
const SERVICE = /班列|班车|快铁|专列|铁路|航线/;
/** What closes an origin opened by 以: 以A、B为起点. */
const ORIGIN_FRAME = /^[^，,；;。！？!?]*?为(起点|始发|起始|出发|集结|枢纽)/;
const PLACE = /^(City|Port|Country|Province)$/;

/** Whether the text between a route word and `p` holds only other places and list separators. */
function isStop(rc: RelationContext, p: Mention, from: number): boolean {
  for (let k = p.cs; k > from; ) {
    const before = rc.norm.slice(from, k);
    const mark = ROUTE_MARK.exec(before);
    // 以 opens an origin only in 以…为起点/始发站/枢纽 (not 以内蒙古甘其毛都口岸为例)
    if (mark && (mark[1] !== "以" || ORIGIN_FRAME.test(rc.norm.slice(k)))) return true;
    if (mark) return false;
    const prev = rc.ms.find((x) => x.ce === k && PLACE.test(typeOf(x.id)));
    const sep = /(以及|[、和与及])$/.exec(before);
    // a city after its country (德国的杜伊斯堡) is a stop when the country is
    const ofCountry =
      before.endsWith("的") && rc.ms.some((x) => x.ce === k - 1 && typeOf(x.id) === "Country");
    if (prev) k = prev.cs;
    else if (sep) k -= sep[0].length;
    else if (ofCountry) k--;
    else return false;
  }
  return false;
}

/**
 * Routes of a service: 自成都始发、经阿拉山口出境至波兰罗兹的中欧班列; 以A、B为起点，经C口岸到D. A port
 * on the route lies on the service (ON_CORRIDOR); the service connects every city, province and
 * country it runs from, through or to (CONNECTS), as data/README.md has it. Only a sentence that
 * names one service is read.
 */
export const routes: RelationRule = {
  name: "routes",
  types: ["CONNECTS", "ON_CORRIDOR"],
  find(rc) {
    const { norm, ms, push, of } = rc;
    const services = of("Corridor").filter((c) => SERVICE.test(c.id));
    for (const s of services) {
      const a = sentenceStart(norm, s.cs);
      const end = norm.slice(s.ce).search(/[。！？!?]/);
      const b = end < 0 ? norm.length : s.ce + end;
      if (services.some((x) => x !== s && x.cs >= a && x.cs < b && x.id !== s.id)) continue;
      for (const p of ms) {
        if (p.cs < a || p.ce > b || !PLACE.test(typeOf(p.id)) || p.id === "Country:中国") continue;
        if (!isStop(rc, p, a)) continue;
        const span = { cs: Math.min(s.cs, p.cs), ce: Math.max(s.ce, p.ce) };
        // a port on the route lies on the service; the places it runs from, through and to are
        // connected by it (cities and provinces, Chinese or foreign)
        if (typeOf(p.id) === "Port")
          push({
            type: "ON_CORRIDOR",
            source: p.id,
            target: s.id,
            method: "pattern",
            confidence: 0.7,
            ...span,
          });
        else
          push({
            type: "CONNECTS",
            source: s.id,
            target: p.id,
            method: "pattern",
            confidence: 0.75,
            ...span,
          });
      }
    }
  },
};
