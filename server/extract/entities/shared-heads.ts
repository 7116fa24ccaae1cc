/**
 * Coordinated sectors sharing one head (新能源和智能网联汽车 = 新能源汽车 and 智能网联汽车): the first item
 * names the catalogued sector its word and the shared head make, when there is one.
 */
import type { Catalog } from "../catalog";
import type { Mention } from "./types";

/** Renames (in place) a sector before 和/及/与 and another sector whose head, added to it, is a known sector. */
export function shareHeads(norm: string, out: Mention[], cat: Catalog): void {
  for (const m of out) {
    if (!m.id.startsWith("Industry:") || !/^[和及与]$/.test(norm[m.ce] ?? "")) continue;
    const next = out.find((o) => o.cs === m.ce + 1 && o.id.startsWith("Industry:"));
    if (!next) continue;
    const first = norm.slice(m.cs, m.ce);
    const second = norm.slice(next.cs, next.ce);
    for (let k = 2; k < second.length; k++) {
      const id = cat.resolve(`${first}${second.slice(second.length - k)}`, ["Industry"]);
      if (id?.startsWith("Industry:") && id !== m.id) {
        m.id = id;
        break;
      }
    }
  }
}
