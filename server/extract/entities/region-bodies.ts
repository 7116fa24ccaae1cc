import type { Catalog } from "../catalog";
import { HAN } from "../clauses";
import { charClass, entityAlt, NAME_OPENER_CHARS, readLexicon } from "../lexicon";
import type { Names } from "./names";
import { officeSuffix } from "./office-names";
import type { Mention } from "./types";

/** Characters after which a body's name may start inside a run of Han text (with 年月日: 2024年商务部). */
const AFTER_OPENER = charClass(NAME_OPENER_CHARS, "年月日据照获同");

/** A bare region word and a body's head (自治区商务厅, 省发展改革委), with 、政府 after a party committee. */
const REGION_BODY = new RegExp(
  `(${entityAlt("regionWords")})(${entityAlt("regionBodyHeads")})(、政府)?`,
  "g",
);
/** Region words whose bodies, written without the place, are elliptical (省商务厅): public-body-heads.json. */
const ELLIPTICAL: ReadonlySet<string> = new Set(
  readLexicon<{ ellipticalRegionWords: string[] }>("public-body-heads.json").ellipticalRegionWords,
);
/** Heads that after 市 name the city's own body (市委, 市政府). */
const CITY_OWN = new RegExp(`^(${entityAlt("regionCityOwnHeads")})$`);

/**
 * Public bodies of a province named without it (2026年1月自治区商务厅…, 省发展改革委): the province is
 * the last one of that kind (自治区/省/市) named earlier in the document (`lastRegion`, by suffix); a
 * province's or city's body only where the passage also writes its full name (某省商务厅…省商务厅).
 */
export function regionBodies(norm: string, lastRegion: ReadonlyMap<string, string>, n: Names): Mention[] {
  const out: Mention[] = [];
  for (const m of norm.matchAll(REGION_BODY)) {
    const k = m.index ?? 0;
    // only a bare region word: not the end of a name (内蒙古自治区商务厅 is rule 9b's)
    if (k > 0 && HAN.test(norm[k - 1] ?? "") && !AFTER_OPENER.test(norm[k - 1] ?? "")) continue;
    // a city's 市委/市政府 is more often the city's own than a municipality's
    if (m[1] === "市" && CITY_OWN.test(m[2] ?? "")) continue;
    const pid = lastRegion.get(m[1] ?? "");
    const prov = pid ? n.cat.get(pid) : undefined;
    if (!pid || !prov) continue;
    // a province's or city's body written without it is that body only where the passage writes its full
    // name too (public-body-heads.json ellipticalRegionWords: 省商务厅, 省委 alone are elliptical)
    if (ELLIPTICAL.has(m[1] ?? "") && !norm.includes(`${prov.name}${m[2] ?? ""}`)) continue;
    // 政府 of a region is its people's government; 自治区党委、政府 names both
    const body = (b: string) => {
      const name = `${prov.name}${b === "政府" ? "人民政府" : b}`;
      return n.cat.resolve(name, ["Organization"]) ?? n.ensure("Organization", name);
    };
    const ce = k + (m[1] ?? "").length + (m[2] ?? "").length;
    // 省政府新闻办, 省委改革办: the office of the body, named as written after its province
    const office = m[3] ? "" : officeSuffix(norm, ce);
    if (office) {
      const name = `${prov.name}${m[2] ?? ""}${office}`;
      const id = n.resolveOrRegister("Organization", name);
      out.push({ id, cs: k, ce: ce + office.length, method: "pattern", parts: [] });
      continue;
    }
    out.push({ id: body(m[2] ?? ""), cs: k, ce, method: "pattern", parts: [] });
    if (m[3]) out.push({ id: body("政府"), cs: ce + 1, ce: ce + 3, method: "pattern", parts: [] });
  }
  return out;
}

/** The province a mention names or stands in (a zone 中国（X）… stands in its province X), for `lastRegion`. */
export function regionOf(id: string, cat: Catalog): string | undefined {
  if (id.startsWith("Province:")) return id;
  const place = id.startsWith("FreeTradeZone:") ? /（([^）]+)）/.exec(id)?.[1] : undefined;
  const pid = place ? cat.places.get(place) : undefined;
  return pid?.startsWith("Province:") ? pid : undefined;
}
