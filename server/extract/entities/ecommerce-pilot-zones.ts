import type { Catalog } from "../catalog";
import { HAN, insideTitle } from "../clauses";
import { insideWord } from "../inside-words";
import {
  ASSOCIATION_HEADS,
  CN_CITY_PROVINCE,
  CN_SUFFIX_ONLY_PROVINCE,
  charClass,
  FEDERATION_HEADS,
  NAME_OPENER_CHARS,
  readLexicon,
} from "../lexicon";
import type { Names } from "./names";
import type { EntityRule } from "./types";

/** The category's catalog entry: its name and aliases are the written forms read (跨境电子商务综合试验区, 跨境电商综试区). */
const CATEGORY_ID = "DevZone:跨境电子商务综合试验区";
const categoryForms = new WeakMap<Catalog, RegExp>();

/** The category's written forms as one regex, longest first, built once per loaded catalog. */
function category(n: Names): RegExp {
  const root = n.catalog.root;
  let re = categoryForms.get(root);
  if (!re) {
    const e = root.get(CATEGORY_ID);
    const forms = e ? [e.name, ...e.aliases].sort((a, b) => b.length - a.length) : [];
    re = forms.length ? new RegExp(forms.join("|"), "g") : /(?!)/g;
    categoryForms.set(root, re);
  }
  return re;
}

/** 中国（杭州） or 中国(杭州) right before the category: the official bracketed form. */
const BRACKETED = /中国[（(]([\u4e00-\u9fff]{2,6})[）)]$/;

/**
 * A body the zone's name opens (…综试区建设领导小组, …综试区办公室, …综试区协会, …综试区联盟): the heads of
 * public bodies (public-body-heads.json, without the one-character heads 局/厅/委 that open common words), of
 * associations and federations (name-heads.json) and of a zone's building body (指挥部), after any run of
 * 建设/工作/发展 (…综试区建设工作领导小组办公室), ending a word (…综试区服务中心城区 is no body).
 */
const BODY_HEADS = readLexicon<{ heads: string[]; zoneBodyHeads: string[] }>("public-body-heads.json");
const BODY = new RegExp(
  `^(?:建设|工作|发展)*(?:${[
    ...BODY_HEADS.heads.filter((h) => h.length > 1),
    ...BODY_HEADS.zoneBodyHeads,
    ASSOCIATION_HEADS,
    FEDERATION_HEADS,
  ].join("|")})(?!城区|城市)`,
);

/** Prefecture-level cities (cn-cities.json) by name, with their province; those read only with 市 (朝阳, 中山) apart. */
const PROVINCE_OF = CN_CITY_PROVINCE;
const SUFFIX_ONLY = CN_SUFFIX_ONLY_PROVINCE;

/** Characters after which a name may open inside Han text: openers, and the ends of time words (去年, 近日, 本月). */
const OPENER = charClass(NAME_OPENER_CHARS, "年月日");

/** A list mark before the zone's city (湛江、茂名跨境电商综试区): the zone may be every listed city's. */
const LISTED = /[、和与及至]$/;

/**
 * The name a pilot zone takes for a place id written as `written`: a city (catalogued, or unseen written with
 * 市) or a municipality (上海市 → 上海); none for a district, county or banner (南沙区, 萧山区: no pilot zone of
 * their own) nor for another place.
 */
function zoneCity(n: Names, id: string, written: string): string | null {
  const name = id.slice(id.indexOf(":") + 1);
  if (id.startsWith("Province:")) return name.endsWith("市") ? name.slice(0, -1) : null;
  if (!id.startsWith("City:") || /[区县旗]$/.test(name)) return null;
  // a catalogued or prefecture-level city, or an unseen one written with 市; not a name a pattern just made up from
  // a district's suffix
  if (n.catalog.places.get(written) !== id && !PROVINCE_OF.has(name) && !written.endsWith("市")) return null;
  return name.replace(/市$/, "");
}

/**
 * The city written as `written` (市 included when written): a prefecture-level city of cn-cities.json, registered
 * with its province whatever rule read it before (去年南通…) when written with 市, bracketed or where a name opens
 * (`opens`: not 平安阳 inside 平安); else a place already known (catalogued or registered),
 * looked up without its 市 when written with it (伊春市 is registered as 伊春). The names of cn-cities.json
 * suffixOnly (朝阳, 中山) only with 市 or inside the official brackets (中国（中山）).
 */
function writtenCity(
  n: Names,
  written: string,
  bracketed: boolean,
  opens: boolean,
): { id: string; city: string } | null {
  const shi = written.endsWith("市");
  const bare = shi ? written.slice(0, -1) : written;
  const plain = shi || bracketed;
  if (bare.length < 2 || (!plain && SUFFIX_ONLY.has(bare))) return null;
  const province = PROVINCE_OF.get(bare) ?? (plain ? SUFFIX_ONLY.get(bare) : undefined);
  if (province && (plain || opens)) {
    const id = n.cat.resolve(bare, ["City"]) ?? n.ensure("City", bare, { parent: province });
    return { id, city: bare };
  }
  // (the name without 市 only where a name opens: 新兴城市 holds no 兴城市)
  for (const s of shi && opens ? [written, bare] : [written]) {
    const hit = n.startsWithPlace(s);
    const city = hit && hit.len === s.length ? zoneCity(n, hit.id, written) : null;
    if (hit && city) return { id: hit.id, city };
  }
  return null;
}

/**
 * A municipality, or a province that is not the city's, written right before the city (北京朝阳, 上海浦东): the
 * name is then a district's or another place's, not the city's.
 */
function afterOtherProvince(norm: string, start: number, n: Names, cityId: string): boolean {
  const before = norm.slice(Math.max(0, start - 8), start);
  const last = n.placesIn(before).at(-1);
  if (!last || last.end !== before.length || !last.id.startsWith("Province:")) return false;
  if (last.id.endsWith("市")) return true;
  const parent = n.cat.get(cityId)?.parent;
  return parent !== undefined && n.cat.resolve(parent, ["Province"]) !== last.id;
}

/**
 * Whether a name may open at `start` inside a run of Han text: after a non-Han character, an opener (在, 和, 、…:
 * function-words.json openers), a time word's last character (去年, 近日, 本月) or a place (江苏南通).
 */
function opensAt(norm: string, start: number, n: Names): boolean {
  const prev = norm[start - 1] ?? "";
  if (!HAN.test(prev) || OPENER.test(prev)) return true;
  const before = norm.slice(Math.max(0, start - 8), start);
  return n.placesIn(before).at(-1)?.end === before.length;
}

/** The city whose name ends right at `end` (the longest such name of two to six characters), if any. */
function cityEndingAt(
  norm: string,
  end: number,
  n: Names,
): { id: string; start: number; city: string } | null {
  for (let len = 6; len >= 2; len--) {
    const start = end - len;
    if (start < 0 || insideWord(norm, start, end)) continue;
    const hit = writtenCity(n, norm.slice(start, end), false, opensAt(norm, start, n));
    if (!hit) continue;
    return afterOtherProvince(norm, start, n, hit.id) ? null : { ...hit, start };
  }
  return null;
}

/** The bracketed official form ending at `k` (中国（杭州）), read as its city. */
function bracketedAt(
  norm: string,
  k: number,
  n: Names,
): { id: string; start: number; city: string; ps: number } | null {
  const br = BRACKETED.exec(norm.slice(Math.max(0, k - 12), k));
  const inner = br?.[1] ?? "";
  const hit = br ? writtenCity(n, inner, true, true) : null;
  return br && hit ? { ...hit, start: k - br[0].length, ps: k - inner.length - 1 } : null;
}

/** A place or a bracketed form written right before a list mark that ends at `at` (湛江、 / 中国（杭州）、). */
function listedBefore(norm: string, at: number, n: Names): boolean {
  const head = norm.slice(0, at);
  if (!LISTED.test(head)) return false;
  if (/[）)]$/.test(head.slice(0, -1))) return true;
  const before = head.slice(Math.max(0, at - 9), -1);
  const last = n.placesIn(before).at(-1);
  return last !== undefined && last.end === before.length;
}

/**
 * A city's cross-border e-commerce pilot zone, written after its city (长沙跨境电商综试区, 杭州跨境电子商务综合
 * 试验区, 中国（杭州）跨境电子商务综合试验区): every such zone is named by the State Council as
 * 中国（city）跨境电子商务综合试验区, the id it gets (the catalog's where it has one). The city is a catalogued
 * or prefecture-level city (朝阳, 中山 … only with 市 or bracketed), an unseen X市 or a municipality (上海跨境电商综试区
 * → 中国（上海）…), never a district or county, nor after a municipality or another province (北京朝阳). The
 * category written alone, or after a province or a word that is no city (浙江跨境电商综试区, 推进跨境电商综试区建设,
 * 西部出海口跨境电商综试区: 海口 inside a common word), is left to the category rules; so is a zone written inside a
 * 《》 title or opening a body's name (…综试区建设领导小组), and a zone after a list of places (湛江、茂名跨境电商综试区:
 * whose zone is it?). Events and platforms named after the zone (…综试区发展论坛) still name it.
 */
export const ecommercePilotZones: EntityRule = {
  name: "ecommerce-pilot-zones",
  type: "DevZone",
  priority: 2,
  find({ norm, n, add }) {
    for (const m of norm.matchAll(category(n))) {
      const k = m.index ?? 0;
      const ce = k + m[0].length;
      // a document's title (《中国（X）跨境电子商务综合试验区实施方案》) or a body's name is no mention of the zone
      if (insideTitle(norm, k) || BODY.test(norm.slice(ce, ce + 8))) continue;
      const br = bracketedAt(norm, k, n);
      const city = br ?? cityEndingAt(norm, k, n);
      if (!city || listedBefore(norm, city.start, n)) continue;
      const ps = br ? br.ps : city.start;
      add({
        id: n.resolveOrRegister("DevZone", `中国（${city.city}）跨境电子商务综合试验区`),
        cs: city.start,
        ce,
        method: "pattern",
        parts: [{ id: city.id, cs: ps, ce: br ? k - 1 : k }],
      });
    }
  },
};
