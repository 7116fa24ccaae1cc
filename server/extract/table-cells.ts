/** Sector items of a table's focus cell (物流枢纽和金融中心 → 物流, 金融). */
import { coreAlt } from "./lexicon";
import type { Recognizer } from "./recognize";

/** Role heads that turn a sector into a place or a function (物流枢纽, 金融中心, 现代产业新高地). */
const ROLE_HEAD = new RegExp(`(${coreAlt("tableRoleModifiers")})?(${coreAlt("tableRoleHeads")})$`);
/** Cell items that are roles, policies or programmes rather than sectors. */
const NOT_SECTOR = new RegExp(
  `${coreAlt("tableNotSectorWords")}|^(${coreAlt("tableNotSectorQualifiers")})(${coreAlt("tableNotSectorQualified")})$|^(${coreAlt("tableNotSectorVerbs")})|^(${coreAlt("tableNotSectorBareWords")})$`,
);

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
