import { clauseOf } from "../clauses";
import type { Mention } from "../entities/types";
import { type RelationContext, typeOf } from "./context";
import type { RelationRule } from "./types";

/** 在A和B产业方面，: a topic made only of sectors (joined by 和、及, each may end in 产业, the topic closed by 方面 or 领域). */
const SECTOR_TOPIC = /在([^，,；;。]{2,40}?)(方面|领域)[，,]\s*/g;

/** A topic of sectors and the zone, area or development zone opening the clause after it. */
export interface SectorTopic {
  /** Where the topic starts (at 在). */
  at: number;
  fields: Mention[];
  subject: Mention;
}

/**
 * The topics made only of sectors that a zone, area or development zone follows: 在新能源汽车和
 * 智能网联汽车产业方面，合肥片区拓展… (the area develops both). A topic that is no list of sectors
 * (在提升航运物流枢纽能级方面) or a clause opened by anything else is none.
 */
export function sectorTopics(norm: string, ms: Mention[]): SectorTopic[] {
  const out: SectorTopic[] = [];
  for (const f of norm.matchAll(SECTOR_TOPIC)) {
    const fa = (f.index ?? 0) + 1;
    const fb = fa + (f[1] ?? "").length;
    const fields = ms.filter((x) => typeOf(x.id) === "Industry" && x.cs >= fa && x.ce <= fb);
    let rest = "";
    for (let i = fa; i < fb; i++) if (!fields.some((x) => x.cs <= i && i < x.ce)) rest += norm[i];
    if (fields.length === 0 || !/^[和与及、\s]*(等)?(产业)?$/.test(rest)) continue;
    const at = (f.index ?? 0) + f[0].length;
    const subject = ms
      .filter((x) => x.cs === at && /^(FreeTradeZone|Area|DevZone)$/.test(typeOf(x.id)))
      .sort((x, y) => y.ce - x.ce)[0];
    if (subject) out.push({ at: f.index ?? 0, fields, subject });
  }
  return out;
}

function pushSectorTopics(rc: RelationContext): void {
  for (const { at, fields, subject: s } of sectorTopics(rc.norm, rc.ms))
    for (const ind of fields)
      rc.push({
        type: "FOCUSES_ON",
        subj: s,
        source: s.id,
        target: ind.id,
        method: "pattern",
        confidence: 0.7,
        cs: at,
        ce: s.ce,
      });
}

/**
 * Fields before the places that develop them: 在集成电路、人工智能等新一代信息技术领域，重点支持上海、
 * 北京、武汉等；在新能源汽车领域，重点支持上海、武汉等; and a zone or area right after a topic of
 * sectors (在生物医药产业方面，合肥片区积极…).
 */
export const fieldsBeforePlaces: RelationRule = {
  name: "fields-before-places",
  types: ["FOCUSES_ON"],
  find(rc) {
    const { norm, ms, push } = rc;
    pushSectorTopics(rc);
    for (const f of norm.matchAll(
      /在([^，；;。]{2,80}?)(领域|产业|方面)[，,]\s*(重点|着力|优先|积极)?(支持|布局|鼓励|推动|发展)/g,
    )) {
      const fa = (f.index ?? 0) + 1;
      const fb = fa + (f[1] ?? "").length + (f[2] ?? "").length;
      const va = (f.index ?? 0) + f[0].length;
      const [, vb] = clauseOf(norm, va);
      const fields = ms.filter((x) => typeOf(x.id) === "Industry" && x.cs >= fa && x.ce <= fb);
      const places = ms.filter(
        (x) => /^(Province|City|FreeTradeZone|Area)$/.test(typeOf(x.id)) && x.cs >= va && x.ce <= vb,
      );
      for (const p of places)
        for (const ind of fields)
          push({
            type: "FOCUSES_ON",
            source: p.id,
            target: ind.id,
            method: "pattern",
            confidence: 0.7,
            cs: f.index ?? 0,
            ce: p.ce,
          });
    }
  },
};
