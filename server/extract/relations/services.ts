import type { Catalog } from "../catalog";
import { quotedBrandTrain } from "../entities/quoted-services";
import type { Mention } from "../entities/types";
import {
  endsInBrand,
  SERVICE_BRAND_AFTER,
  SERVICE_BRAND_NOT_AFTER,
  SERVICE_BRAND_TRAIN_NOUNS,
  SERVICE_HEADS,
} from "../lexicon";

/**
 * Whether a corridor is a service that runs on a route (a train, a bus line, an air route), decided by
 * the entity's data rather than by how its id happens to be spelt:
 * - its sub-kind (`properties.kind = "service"`, as Country and DevZone carry theirs);
 * - its head noun: a service word (data/lexicon/document-aliases.json "serviceHeads": 班列, 专列, 快铁…,
 *   and 铁路, 航线, a final 线), or the end of a train's brand ("brandEnds": 号 of “二连号”, “中阿号”) when
 *   a mention of it is written after 班列 or a freight word ("brandAfter": 宽轨班列“二连号”, 货运专列“X号”;
 *   not 旅游专列“X号”, 扶贫专列“X号”);
 * - how it was found: a mention whose parts are one-character place abbreviations spanning the whole
 *   name (“长满欧” → 长春, 满洲里, 欧洲; “渝新欧”) is a train brand named by its route alone. A broad
 *   corridor's compound always carries its head (中蒙俄经济走廊, 中吉乌铁路 are more than their parts).
 */
/** The way words a service's name may carry besides its service word: 铁路, 航线 anywhere, a final 线. */
const WAY = /铁路|航线|线$/;

const nameOf = (id: string, cat: Catalog) => cat.get(id)?.name ?? id.slice(id.indexOf(":") + 1);

/** 班列 or a freight word (货运, 集装箱, 中欧…) with an optional train noun (专列, 列车: brandTrainNouns), right before a brand's quote; not
 * after the kind of a passenger or charity train (旅游班列, 客运班列: brandNotAfter). */
const BRAND_AFTER = new RegExp(
  `(?<!${SERVICE_BRAND_NOT_AFTER.join("|")})(${SERVICE_BRAND_AFTER.join("|")})(${SERVICE_BRAND_TRAIN_NOUNS.join("|")})?[“"「(（]?$`,
);

/** Whether some mention of the brand `id` is written right after a freight train's words. */
function freightBrand(id: string, ms: readonly Mention[], norm: string): boolean {
  return ms.some((m) => m.id === id && BRAND_AFTER.test(norm.slice(Math.max(0, m.cs - 12), m.cs)));
}

/** Per document (keyed by its catalog layer): the brands a passage wrote after a freight train's words. */
const FREIGHT_BRANDS = new WeakMap<Catalog, Set<string>>();

/**
 * Remembers the 号 brands this passage writes after a freight train's words (货运班列“X号”), so that the
 * brand written bare in a later passage of the document (“X号”从…出发) is still that service.
 */
export function rememberFreightBrands(ms: readonly Mention[], cat: Catalog, norm: string): void {
  for (const m of ms) {
    if (!m.id.startsWith("Corridor:") || !brandName(nameOf(m.id, cat)) || !freightBrand(m.id, [m], norm))
      continue;
    const seen = FREIGHT_BRANDS.get(cat) ?? new Set<string>();
    seen.add(m.id);
    FREIGHT_BRANDS.set(cat, seen);
  }
}

/** A name ending in a train brand's end with at least two characters before it (“二连号”; not “X号”). */
const brandName = (name: string) => endsInBrand(name, 2);

/** A mention that is nothing but the places its brand joins, one character each. */
function brandOnly(m: Mention, name: string): boolean {
  if (m.parts.length < 2 || m.parts.length !== name.length) return false;
  return m.parts.every((p, i) => p.ce - p.cs === 1 && (i === 0 || p.cs === (m.parts[i - 1]?.ce ?? -1)));
}

export function isService(id: string, ms: readonly Mention[], cat: Catalog, norm: string): boolean {
  if (!id.startsWith("Corridor:")) return false;
  return WAY.test(nameOf(id, cat)) || isScheduledService(id, ms, cat, norm);
}

/**
 * A quoted brand known as a service only by the train words written after it (“某某号”国际货运班列: its
 * mention ends at the quote, entities/quoted-services.ts): relations/routes.ts reads its trip in its own
 * sentence only.
 */
export function quotedBrandService(id: string, ms: readonly Mention[], cat: Catalog, norm: string): boolean {
  if (!brandName(nameOf(id, cat)) || freightBrand(id, ms, norm) || FREIGHT_BRANDS.get(cat)?.has(id))
    return false;
  return ms.some((m) => m.id === id && quotedBrandTrain(norm, m));
}

/** The same test without the way words (铁路, 航线, a final 线): a train, bus or express service that is run. */
export function isScheduledService(id: string, ms: readonly Mention[], cat: Catalog, norm: string): boolean {
  if (!id.startsWith("Corridor:")) return false;
  if (cat.get(id)?.properties.kind === "service") return true;
  const name = nameOf(id, cat);
  if (brandName(name) && (freightBrand(id, ms, norm) || FREIGHT_BRANDS.get(cat)?.has(id))) return true;
  if (quotedBrandService(id, ms, cat, norm)) return true;
  return SERVICE_HEADS.some((h) => name.includes(h)) || ms.some((m) => m.id === id && brandOnly(m, name));
}
