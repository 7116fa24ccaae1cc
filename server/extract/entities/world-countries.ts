import { HAN } from "../clauses";
import { charClass, NAME_OPENER_CHARS, readLexicon } from "../lexicon";
import { PrefixIndex } from "../prefix-index";
import type { EntityRule } from "./types";

const data = readLexicon<{
  countries: Record<string, string>;
  variants: Record<string, string>;
  regions: Record<string, string>;
  notAfter: string[];
}>("world-countries.json");
/** Every written form (name or variant) → the canonical name it stands for. */
const CANONICAL = new Map<string, string>([
  ...[...Object.keys(data.countries), ...Object.keys(data.regions)].map((c) => [c, c] as [string, string]),
  ...Object.entries(data.variants),
]);
/** The canonical name of a world country or region written in any of its forms (马尔地夫 → 马尔代夫). */
export function worldName(surface: string): string | undefined {
  return CANONICAL.get(surface);
}
/** Every written form of a canonical name in the gazetteer: itself and its variants (洪都拉斯: 宏都拉斯). */
export function worldForms(name: string): string[] {
  return [...CANONICAL].filter(([, c]) => c === name).map(([form]) => form);
}
const NAMES = new PrefixIndex(
  [...CANONICAL.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b)),
);
/** Characters after which a two-character name may start inside a run of Han text (与约旦, 出访约旦). */
const OPENER = charClass(NAME_OPENER_CHARS, "从到至于往赴将为自同访抵达");
/** Characters after which a two-character name ends a word of its own (约旦、加纳等国). */
const CLOSER = /[、，,。；;：:和与及等国的在将是已也同为)）」”"\s]/;
/**
 * What turns a country's name into something else: an ethnic group or language, a Chinese banner or county, an
 * animal named after a continent (美洲豹), a body named after one (美洲开发银行): world-countries.json notAfter.
 */
const NOT_COUNTRY = new RegExp(`^(${data.notAfter.join("|")})`);

/**
 * Countries of the world gazetteer (data/lexicon/world-countries.json) that the catalog does not hold
 * (摩洛哥, 科威特, 约旦) and world regions (北非, 海湾国家, 地中海), and the names used in Taiwan, Hong Kong and Singapore (寮國 → 老挝, 星國 → 新加坡).
 * A two-character name inside a run of Han text needs a word boundary on one side (沿海地区 holds no
 * 海地, 增加纳税 no 加纳). A catalogued country keeps its entry; an unseen one is registered with its
 * English name and kind "country" (or "region").
 */
export const worldCountries: EntityRule = {
  name: "world-countries",
  type: "Country",
  priority: 2,
  find({ norm, n, add }) {
    for (const m of NAMES.matchAll(norm)) {
      const surface = m[0];
      const cs = m.index ?? 0;
      const ce = cs + surface.length;
      if (n.cat.surfaces.has(surface) || NOT_COUNTRY.test(norm.slice(ce, ce + 4))) continue;
      const prev = norm[cs - 1] ?? "";
      const bounded = !HAN.test(prev) || OPENER.test(prev) || CLOSER.test(norm[ce] ?? "。");
      if (surface.length === 2 && !bounded) continue;
      const canonical = CANONICAL.get(surface) ?? surface;
      const known = n.cat.resolve(canonical, ["Country"]);
      const id = known?.startsWith("Country:") ? known : n.ensure("Country", canonical);
      const e = n.cat.get(id);
      if (e && !e.inCatalog) {
        e.nameEn ??= data.countries[canonical] ?? data.regions[canonical] ?? null;
        e.properties.kind ??= canonical in data.regions ? "region" : "country";
      }
      add({ id, cs, ce, method: "pattern" });
    }
  },
};
