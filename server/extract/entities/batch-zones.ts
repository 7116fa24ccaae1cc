import { provinceShort } from "../catalog";
import type { Names } from "./names";
import type { Mention } from "./types";

/**
 * Zones named through their provinces in establishment statements: "2015年在广东、天津和福建设立
 * 了自贸试验区", "最新一批自贸试验区在北京、湖南和安徽获批", "扩大到中西部地区，包括辽宁、河南…",
 * "海南也加入自贸行列". Each province of the list also names its zone (a mention over the same
 * span, with the province as its name part, so the zone is LOCATED_IN it).
 */
export function batchZones(norm: string, ms: Mention[], n: Names): Mention[] {
  if (!/自由贸易试验区|自贸试验区|自贸区|自贸行列/.test(norm)) return [];
  if (!/设立|新设|增设|获批|批准|加入|扩大到|扩展到|扩容/.test(norm)) return [];
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
      (/(在|包括)$/.test(left) && /^(先后|分别|相继)?(设立|新设|增设|获批|建立|设)/.test(right)) ||
      (/包括$/.test(left) && /^[。；;]|^$/.test(right) && run.length >= 2) ||
      (/(^|[，,。；;\d年])$/.test(left) && /^也?(加入|获批)(了)?(自贸|自由贸易)/.test(right));
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
