import { clauseOf } from "../clauses";
import type { Mention } from "../entities/types";
import { trigger } from "../lexicon";
import { type RelationContext, typeOf } from "./context";
import { isService } from "./services";
import { pushStop } from "./stops";
import type { RelationRule } from "./types";

/** Roles of a place on a corridor (枢纽, 节点, 门户…: data/lexicon/triggers.json "corridorRole"). */
const ROLE = trigger("corridorRole");
/** 以 + the places + 为 + up to a few words of description + a role, in one clause. */
const FRAME = new RegExp(
  `^以([^，,；;。！？!?]{1,40}?)为[“"]?[^，,；;。！？!?“”"]{0,10}?[“"]?(${ROLE.source})`,
);
/** What may stand between the corridor and 以: its own noun of construction and adverbs. */
const LEAD = /^[”"」]?(的)?(建设|规划|发展)?(将|要|应|已|正|还|也|则|坚持|主要|重点)*$/;
const ON = /^(Province|City|Port|Area|DevZone|FreeTradeZone)$/;
/** Places a route runs from (not its ports and zones, which lie on it). */
const IN_ROUTE = /^(Province|City)$/;

/** Roles that make the places the ends of a route, not nodes on it: 以沈阳为起点, 以A为始发站 ("routeEndRole"). */
const END_ROLE = new RegExp(`^(${trigger("routeEndRole").source})$`);

/** The places of the 以…为 list right after `at` (the position of 以), the end of the frame, its role. */
function frame(
  rc: RelationContext,
  at: number,
): { places: Mention[]; end: number; role: string } | undefined {
  const f = FRAME.exec(rc.norm.slice(at));
  if (!f) return undefined;
  const listEnd = at + 1 + (f[1]?.length ?? 0);
  const places = rc.ms.filter(
    (x) => x.cs > at && x.ce <= listEnd && (ON.test(typeOf(x.id)) || typeOf(x.id) === "Country"),
  );
  return { places, end: at + f[0].length, role: f[2] ?? "" };
}

/**
 * Where the 以 of a clause the corridor is the subject of stands, or -1: in the corridor's own clause
 * (X建设以A为…), or opening a later clause of a sentence the corridor opens (X位于…，以A为…).
 */
function hubClause(rc: RelationContext, corr: Mention): number {
  const { norm } = rc;
  const [, ce] = clauseOf(norm, corr.cs);
  const at = norm.indexOf("以", corr.ce);
  if (at >= 0 && at < ce && LEAD.test(norm.slice(corr.ce, at))) return at;
  const ss = rc.sentStartOf(corr.cs);
  if (!/^[\s“"「]*$/.test(norm.slice(ss, corr.cs))) return -1;
  const stop = norm.slice(ss).search(/[。！？!?；;]/);
  const end = stop < 0 ? norm.length : ss + stop;
  for (let k = ce; k < end; k = clauseOf(norm, k + 1)[1]) {
    if (norm[k + 1] === "以") return k + 1;
    // a clause opened by another name has its own subject
    if (rc.ms.some((x) => x.cs === k + 1)) return -1;
  }
  return -1;
}

/**
 * A corridor that takes places as its hubs, nodes or gateways: 陆海新通道建设以重庆和新加坡为“双
 * 枢纽”; 西部陆海新通道以重庆为运营组织中心. A Chinese place (province, city, port, area, zone) lies on
 * the corridor (ON_CORRIDOR); a foreign country is connected by it (CONNECTS). The corridor must be
 * the subject of the 以 clause (nothing but its construction noun and adverbs between them).
 */
export const corridorHubs: RelationRule = {
  name: "corridor-hubs",
  types: ["ON_CORRIDOR", "CONNECTS"],
  find(rc) {
    const { push } = rc;
    for (const corr of rc.of("Corridor")) {
      const at = hubClause(rc, corr);
      if (at < 0) continue;
      const f = frame(rc, at);
      const service = isService(corr.id, rc.ms, rc.cat, rc.norm);
      for (const p of f?.places ?? []) {
        if (p.id === "Country:中国") continue;
        // (a Chinese city or province named as the route's start is an end of it, CONNECTS: a service's
        // is read by routes.ts, 以…为起点, a broad corridor's here)
        const end = END_ROLE.test(f?.role ?? "") && IN_ROUTE.test(typeOf(p.id));
        if (end && service) continue;
        const node = typeOf(p.id) !== "Country" && !end;
        pushStop(push, corr.id, p.id, node, { cs: corr.cs, ce: f?.end ?? p.ce });
      }
    }
  },
};
