import type { Names } from "./names";
import type { Mention } from "./types";

const HAN = /[\u4e00-\u9fff]/;

/**
 * Public bodies of a province named without it (2026年1月自治区商务厅…, 省发展改革委): the province is
 * the last one of that kind (自治区/省/市) named earlier in the document (`lastRegion`, by suffix).
 */
export function regionBodies(norm: string, lastRegion: ReadonlyMap<string, string>, n: Names): Mention[] {
  const out: Mention[] = [];
  for (const m of norm.matchAll(
    /(自治区|省|市)(人大常委会|人民政府|发展和改革委员会|发展改革委|发改委|商务厅|商务局|商务委员会)/g,
  )) {
    const k = m.index ?? 0;
    // only a bare region word: not the end of a name (内蒙古自治区商务厅 is rule 9b's)
    if (k > 0 && HAN.test(norm[k - 1] ?? "") && !/[年月日的由据经和与及、在]/.test(norm[k - 1] ?? ""))
      continue;
    const pid = lastRegion.get(m[1] ?? "");
    const prov = pid ? n.cat.get(pid) : undefined;
    if (!pid || !prov) continue;
    const name = `${prov.name}${m[2]}`;
    const id = n.cat.resolve(name, ["Organization"]) ?? n.ensure("Organization", name);
    out.push({ id, cs: k, ce: k + m[0].length, method: "pattern", parts: [] });
  }
  return out;
}
