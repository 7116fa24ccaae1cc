import type { Names } from "./names";
import type { Mention } from "./types";

/** Adds (in place) the parts of names that begin with a place (catalog ports, areas, zones…) or with 中+country abbreviations. */
export function addNameParts(norm: string, out: Mention[], n: Names): void {
  for (const m of out) {
    if (m.parts.length > 0) continue;
    const t = m.id.slice(0, m.id.indexOf(":"));
    const surface = norm.slice(m.cs, m.ce);
    // zones only when spelled out (浙江自由贸易试验区), not short forms such as 上海自贸区
    const spelledZone = t === "FreeTradeZone" && surface.endsWith("自由贸易试验区");
    if (t === "Port" || t === "Area" || t === "DevZone" || spelledZone) {
      const p = n.placesIn(surface)[0];
      if (p && p.start === 0) m.parts.push({ id: p.id, cs: m.cs, ce: m.cs + p.end });
    } else if (t === "Corridor" && surface.startsWith("中")) {
      for (let i = 1; i < surface.length; i++) {
        const id = n.cat.countryAbbr.get(surface[i] ?? "");
        if (!id) break;
        m.parts.push({ id, cs: m.cs + i, ce: m.cs + i + 1 });
      }
    }
  }
  out.sort((a, b) => a.cs - b.cs || a.ce - b.ce);
}
