import { clauseOf, SENTENCE_END } from "../clauses";
import type { Mention } from "../entities/types";
import { type RelationContext, typeOf } from "./context";
import { legEnd } from "./route-leg";
import { classOfNext, pushStop } from "./stops";
import {
  T_CONNECT,
  T_CONNECT_COVER,
  T_CONNECT_COVER_GAP,
  T_CORRIDOR_AS_OBJECT,
  T_ROUTE_OPEN,
} from "./triggers";
import type { RelationRule } from "./types";

const TARGET = ["Country", "City", "Port", "Province"];
/** Every trigger of the stretch, each reading the places of its own clause. */
const T_CONNECT_ALL = new RegExp(`${T_CONNECT.source}|${T_CONNECT_COVER.source}`, "g");
/** A coverage trigger alone (覆盖, 联通, 直通…): it needs the corridor as its own subject. */
const COVER_ONLY = new RegExp(`^(?:${T_CONNECT_COVER.source})$`);
/** What may stand between the corridor (or its clause's start) and a coverage trigger: 已, 线路, 货物运输… */
const COVER_GAP = new RegExp(`^(?:${T_CONNECT_COVER_GAP.source})*$`);
/** Names that would be the subject of a later clause instead of the corridor. */
const SUBJECT = /^(Corridor|FreeTradeZone|Area|Province|City|Port|DevZone|Organization|Country)$/;

/**
 * The end of the stretch where the corridor is the subject: its clause, and the following clauses of
 * the sentence that name no subject of their own at their start (中欧班列鸣笛启程，奔赴欧洲腹地).
 */
function subjectStretch(rc: RelationContext, corr: Mention): number {
  const { norm, ms } = rc;
  let [, b] = clauseOf(norm, corr.cs);
  while (b < norm.length && !SENTENCE_END.test(norm[b] ?? "") && !/[；;]/.test(norm[b] ?? "")) {
    const next = b + 1;
    const [, nb] = clauseOf(norm, next);
    if (ms.some((x) => x.cs >= next && x.cs - next <= 1 && SUBJECT.test(typeOf(x.id)))) break;
    b = nb;
  }
  return b;
}

/**
 * A corridor listed after an opening verb of its clause (开通了南亚、中欧、西部陆海新通道…六个方向国际贸易通道)
 * is one item of the verb's object: a trigger in a later clause belongs to the clause's subject, not to it.
 */
function listedObject(rc: RelationContext, corr: Mention): boolean {
  const { norm } = rc;
  if (norm[corr.ce] !== "、" && norm[corr.cs - 1] !== "、") return false;
  const [a] = clauseOf(norm, corr.cs);
  return T_ROUTE_OPEN.test(norm.slice(a, corr.cs));
}

/** The verb stands close before the corridor (at most 8 characters between: 让沿途“一带一路”…); one further
 * back in the clause has its own object (即使在冬季中欧班列也…: no verb at all). */
const OBJECT_VERB_NEAR = new RegExp(`(?:${T_CORRIDOR_AS_OBJECT.source})[^，,；;。]{0,8}$`);

/**
 * A corridor that is the object of a verb of its own clause (喀什作为中巴经济走廊起点, 位于西部陆海新通道海陆交接处,
 * 完善新亚欧大陆桥南部通道, 让沿途“一带一路”节点城市…) is not the subject: a connecting verb after it belongs to the
 * clause's subject, unless the verb follows the corridor at once (作为中吉乌铁路通往中亚的起点: the corridor is the
 * subject of that inner phrase, ADJACENT). A corridor heading a 的-phrase (作为枢纽的中欧班列) stays the subject.
 */
function objectOfVerb(rc: RelationContext, corr: Mention): boolean {
  const { norm } = rc;
  const [a] = clauseOf(norm, corr.cs);
  const before = norm.slice(a, corr.cs).replace(/[“"「]$/, "");
  return !before.endsWith("的") && OBJECT_VERB_NEAR.test(before);
}

/** Nothing but a closing quote and an adverb (可, 将, 已) between the corridor and its trigger. */
const ADJACENT = /^[”"」]?(?:可以?|将|已经?|能够?)?$/;

/**
 * The places a coverage trigger (覆盖, 联通, 连通, 通向, 直通) reaches: the places of its clause when the first
 * stands right after it (了 or 至 may close the verb), and only when the corridor itself is its subject: nothing but 已, 将, the
 * corridor's 线路/网络/货物运输 between the corridor (or the start of a later clause) and the trigger.
 * 客户覆盖德国, 政策红利覆盖重庆, 沿线的移动网络已联通老挝, 打开了通向欧洲市场的大门 read nothing.
 */
function coverList(
  rc: RelationContext,
  corr: Mention,
  from: number,
  to: number,
  [ta, tb]: readonly [number, number],
): Mention[] {
  const { norm, ms } = rc;
  if (!COVER_GAP.test(norm.slice(Math.max(corr.ce, ta), from))) return [];
  const at = /[了至到]/.test(norm[to] ?? "") ? to + 1 : to;
  const places = ms.filter((x) => x.cs >= at && x.cs < tb && TARGET.includes(typeOf(x.id)));
  return places.some((x) => x.cs === at) ? places : [];
}

/**
 * CONNECTS by trigger: 中欧班列…奔赴欧洲, 线路通达阿拉木图、塔什干; the trigger may stand in a later clause
 * of the sentence while the corridor stays its subject.
 */
export const connectTrigger: RelationRule = {
  name: "connect-trigger",
  types: ["CONNECTS", "ON_CORRIDOR"],
  find(rc) {
    const { norm, ms, push, of } = rc;
    for (const corr of of("Corridor")) {
      const asObject = objectOfVerb(rc, corr);
      // (a corridor taken as the way reaches only what lies before the goods leave it: route-leg.ts)
      const b = legEnd(rc, corr, subjectStretch(rc, corr));
      const seg = norm.slice(corr.ce, b);
      let read = -1;
      for (const t of seg.matchAll(T_CONNECT_ALL)) {
        const from = corr.ce + (t.index ?? 0);
        if (asObject && !ADJACENT.test(norm.slice(corr.ce, from))) break;
        const [ta, tb] = clauseOf(norm, from);
        // (one reading per clause: its first trigger reads the rest of it; a coverage verb only its list)
        if (tb <= read) continue;
        // in a later clause, the trigger belongs to the corridor that opened the stretch, not to one
        // named inside it (中欧班列（成渝）…，约占全国中欧班列开行总量的三分之一，线路通达欧洲)
        const opener = of("Corridor").find((x) => x.cs < corr.cs && subjectStretch(rc, x) >= tb);
        if (ta > corr.ce && (opener || listedObject(rc, corr))) break;
        const cover = COVER_ONLY.test(t[0]);
        if (!cover) read = tb;
        const places = cover
          ? coverList(rc, corr, from, from + t[0].length, [ta, tb])
          : ms.filter((x) => x.cs >= from && x.cs < tb && TARGET.includes(typeOf(x.id)));
        for (const x of places) {
          // (nor a region naming the class of the place after it: 抵达欧洲国家德国)
          if (x.id === "Country:中国" || classOfNext(rc, x)) continue;
          // a port the corridor reaches lies on it (data/README.md: ports on a route are ON_CORRIDOR)
          pushStop(push, corr.id, x.id, typeOf(x.id) === "Port", { cs: corr.cs, ce: x.ce });
        }
      }
    }
  },
};
