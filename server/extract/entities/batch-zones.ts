import { provinceShort } from "../catalog";
import { entityAlt } from "../lexicon";
import type { Names } from "./names";
import type { Mention } from "./types";

/** Words of a zone (自贸试验区, 自贸行列) and of setting one up (设立, 获批, 扩大到): both must stand in the text. */
const ZONE_WORD = new RegExp(entityAlt("batchZoneWords"));
const SET_UP_WORD = new RegExp(entityAlt("batchSetUpWords"));
/** What stands before a list of provinces (在, 包括) and the verb after it (先后设立, 分别获批). */
const LIST_LEAD = new RegExp(`(${entityAlt("batchListLeads")})$`);
const SET_UP_AFTER = new RegExp(`^(${entityAlt("batchOrderAdverbs")})?(${entityAlt("batchSetUpVerbs")})`);
/** A province joining the zones (海南也加入自贸行列, 获批自由贸易…). */
const JOIN_AFTER = new RegExp(`^也?(${entityAlt("batchJoinVerbs")})(了)?(自贸|自由贸易)`);

/**
 * Zones named through their provinces in establishment statements: "2015年在广东、天津和福建设立
 * 了自贸试验区", "最新一批自贸试验区在北京、湖南和安徽获批", "扩大到中西部地区，包括辽宁、河南…",
 * "海南也加入自贸行列". Each province of the list also names its zone (a mention over the same
 * span, with the province as its name part, so the zone is LOCATED_IN it).
 */
export function batchZones(norm: string, ms: Mention[], n: Names): Mention[] {
  if (!ZONE_WORD.test(norm)) return [];
  if (!SET_UP_WORD.test(norm)) return [];
  const provs = ms.filter((m) => m.id.startsWith("Province:")).sort((a, b) => a.cs - b.cs);
  const out: Mention[] = [];
  let i = 0;
  while (i < provs.length) {
    const run = [provs[i] as Mention];
    let j = i + 1;
    while (j < provs.length) {
      const prev = run[run.length - 1] as Mention;
      const cur = provs[j] as Mention;
      if (cur.cs - prev.ce === 1 && /[、和及与]/.test(norm[prev.ce] ?? "")) {
        run.push(cur);
        j++;
      } else break;
    }
    i = j;
    const first = run[0] as Mention;
    const last = run[run.length - 1] as Mention;
    const left = norm.slice(Math.max(0, first.cs - 3), first.cs);
    const right = norm.slice(last.ce, last.ce + 6);
    const ok =
      (LIST_LEAD.test(left) && SET_UP_AFTER.test(right)) ||
      (/包括$/.test(left) && /^[。；;]|^$/.test(right) && run.length >= 2) ||
      (/(^|[，,。；;\d年])$/.test(left) && JOIN_AFTER.test(right));
    if (!ok) continue;
    for (const p of run) {
      const e = n.cat.get(p.id);
      if (!e) continue;
      const zid = n.zoneIdForPlace(provinceShort(e));
      out.push({
        id: zid,
        cs: p.cs,
        ce: p.ce,
        method: "pattern",
        parts: [{ id: p.id, cs: p.cs, ce: p.ce }],
      });
    }
  }
  return out;
}
