import { clauseOf } from "../clauses";
import { trigger } from "../lexicon";
import { typeOf } from "./context";
import { isScheduledService } from "./services";
import type { RelationRule } from "./types";

/** Written right before the place, these make it a stop of another route or an item of a list. */
const NOT_OWNER_BEFORE = /[至到往经、—\-–─和与及]$/;

/** Verbs of running a service (triggers.json routeOpen, routeDispatch, routeOriginAfter, serviceRunVerbs). */
const RUNS = new RegExp(
  ["routeOpen", "routeDispatch", "routeOriginAfter", "serviceRunVerbs"]
    .map((n) => trigger(n).source)
    .join("|"),
);

/**
 * 山西中欧班列累计开行700列, 重庆中欧班列已开行…: a Chinese province or city written right before a run
 * service's name, with nothing between, is the service's own home and an end of its route (CONNECTS,
 * the convention of sets 6–18 for 成都中欧班列 and a province before a train). Not a place closing a list
 * or a route (发往波兰、德国中欧班列, 至重庆中欧班列), nor a place already inside the service's name; a foreign
 * place before a service is left to the route rules. Only when the two are the subject of running the
 * service, a run verb after them in their clause with no 的 between (吉林省中欧班列的运营方, 某省中欧班列多元
 * 通道体系 qualify a noun and read nothing).
 */
export const placeService: RelationRule = {
  name: "place-service",
  types: ["CONNECTS"],
  find(rc) {
    const { norm, ms, cat, push, of } = rc;
    for (const corr of of("Corridor")) {
      const p = ms.find((x) => x.ce === corr.cs && /^(City|Province)$/.test(typeOf(x.id)));
      if (!p || rc.fromCtx.has(p) || corr.parts.some((x) => x.id === p.id)) continue;
      if (NOT_OWNER_BEFORE.test(norm.slice(Math.max(0, p.cs - 1), p.cs))) continue;
      // (a Chinese city is catalogued under its province; a foreign or unknown one is not)
      if (typeOf(p.id) === "City" && !cat.get(p.id)?.parent) continue;
      const rest = norm.slice(corr.ce, clauseOf(norm, corr.cs)[1]);
      const run = rest.search(RUNS);
      if (run < 0 || rest.slice(0, run).includes("的")) continue;
      if (!isScheduledService(corr.id, ms, cat, norm)) continue;
      push({
        type: "CONNECTS",
        source: corr.id,
        target: p.id,
        method: "pattern",
        confidence: 0.7,
        cs: p.cs,
        ce: corr.ce,
      });
    }
  },
};
