/** Sector items of a table's focus cell (物流枢纽和金融中心 → 物流, 金融). */
import type { Recognizer } from "./recognize";

/** Role heads that turn a sector into a place or a function (物流枢纽, 金融中心, 现代产业新高地). */
const ROLE_HEAD =
  /(重要|国际性|区域性)?(中心|枢纽|基地|新高地|高地|示范区|先行区|集聚区|平台|门户|试验示范窗口|示范窗口|窗口|试验区|创新|港)$/;
/** Cell items that are roles, policies or programmes rather than sectors. */
const NOT_SECTOR =
  /开放|合作|改革|倡议|一带一路|开发|制度|便利|战略|体制|机制|交流|试验|监管|治理|政府|驱动|聚焦|总部|风险|^(国际|创新|先进|新兴|现代)(技术|科技|经济)$|^(加强|坚持|推进|推动|加快|深化|完善|建立|建设|构建|实施|促进|支持|探索|打造|提升|扩大|形成)|^(经济|科技|技术|国际|服务|制造|贸易|商务|综合|产业|现代|新兴|高端|先进|尖端|研发)$/;

/**
 * Sector items of a table's focus cell (norm[a, b)): split on 、和及与，; role heads dropped
 * (金融领域对外开放试验示范窗口 → 金融); catalogued industries resolved, others registered as found.
 */
export function focusCellItems(
  norm: string,
  a: number,
  b: number,
  rec: Recognizer,
): { id: string; cs: number; ce: number }[] {
  const out: { id: string; cs: number; ce: number }[] = [];
  let pos = a;
  for (const piece of norm.slice(a, b).split(/([、，,；;和及与])/)) {
    const cs0 = pos;
    pos += piece.length;
    if (/^[、，,；;和及与]$/.test(piece)) continue;
    const lead = piece.length - piece.trimStart().length;
    let t = piece.trim().replace(/\s+/g, "");
    const field = t.indexOf("领域");
    if (field > 0) t = t.slice(0, field);
    for (let k = 0; k < 3; k++) t = t.replace(ROLE_HEAD, "");
    if (t.length < 2 || t.length > 8 || !/^[\u4e00-\u9fff]+$/.test(t) || NOT_SECTOR.test(t)) continue;
    if (rec.startsWithPlace(t)) continue;
    const known = rec.cat.resolve(t);
    if (known && !known.startsWith("Industry:")) continue;
    const cs = cs0 + lead;
    const raw = norm.slice(cs, cs0 + piece.length).replace(/\s+/g, "");
    if (!raw.startsWith(t.slice(0, 1))) continue;
    // registered without a surface form: a cell item is a sector here, not wherever the word recurs
    const id = known ?? `Industry:${t}`;
    if (!rec.cat.get(id))
      rec.cat.entities.set(id, {
        type: "Industry",
        name: t,
        nameEn: null,
        aliases: [],
        properties: {},
        inCatalog: false,
      });
    out.push({ id, cs, ce: cs + t.length });
  }
  return out;
}
