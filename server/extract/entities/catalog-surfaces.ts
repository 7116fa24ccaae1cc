import { hanRunBefore } from "../clauses";
import { insideWord } from "../inside-words";
import {
  afterLocalLevel,
  CATEGORY_OPENERS,
  COUNTED_BODIES_BEFORE,
  ORGANISATION_TAIL,
  readLexicon,
  SERVICE_HEADS,
  TRAIN_LEGS,
} from "../lexicon";
import { normalize } from "../text";
import type { Names } from "./names";
import type { EntityRule } from "./types";

/** Normalised canonical names, by name (normalising them at every match was a hot spot). */
const normalisedNames = new Map<string, string>();
function normalisedName(name: string): string {
  let n = normalisedNames.get(name);
  if (n === undefined) {
    n = normalize(name);
    normalisedNames.set(name, n);
  }
  return n;
}

/**
 * A development-zone category (产业园, 综保区, 高新区) right after the modifier of a longer name is that
 * name's head (临港产业园, 大兴机场综保区, 东海岸经济特区): it stands alone only after a non-Han character,
 * a place (广西跨境电商综试区: after a city, ecommerce-pilot-zones.ts names the city's own zone) or a word that
 * opens a phrase (建设, 利用, 个, 级).
 */
export function headOfLongerName(norm: string, at: number, n: Names): boolean {
  const from = hanRunBefore(norm, at, 8);
  if (from === at) return false;
  const before = norm.slice(from, at);
  if (CATEGORY_OPENERS.some((w) => before.endsWith(w))) return false;
  const last = n.placesIn(before).at(-1);
  return !(last && last.end === before.length);
}

/** Words after a country's name that make it a people's name (ethnic-names.json: 族, 自治州). */
const ETHNIC_TAILS = readLexicon<{ tails: string[] }>("ethnic-names.json").tails;

/** 海西蒙古族藏族自治州, 延边朝鲜族自治州: a country's name before 族 names a people, not the country. */
const ethnicName = (norm: string, end: number) => ETHNIC_TAILS.some((t) => norm.startsWith(t, end));

/** Words after a sector's name that make it a camera (photo-credits.json: 无人机照片, 用无人机拍摄). */
const PHOTO_WORDS = readLexicon<{ afterInstrument: string[] }>("photo-credits.json").afterInstrument;

/** A leg of a train's run (lexicon.ts TRAIN_LEGS: 回程, 去程, 过境). */
const LEG = new RegExp(`^(${TRAIN_LEGS.join("|")})`);

/**
 * A world region right before a service head names a network of trains (中亚班列, 欧亚班列, like
 * 中欧班列), not the region as a place.
 */
function regionOfNetwork(kind: unknown, norm: string, end: number): boolean {
  // (also with a leg between: 中亚过境班列, 中亚回程班列)
  const at = end + (LEG.exec(norm.slice(end))?.[0].length ?? 0);
  return (kind === "region" || kind === "continent") && SERVICE_HEADS.some((h) => norm.startsWith(h, at));
}

/**
 * Catalog surface forms (names and aliases), longest first; an alias right before the rest of an
 * organisation's name is part of that name.
 */
export const catalogSurfaces: EntityRule = {
  name: "catalog-surfaces",
  type: "any",
  priority: 2,
  find({ norm, n, add }) {
    for (let i = 0; i < norm.length; i++) {
      const f = n.cat.longestAt(norm, i);
      if (!f) continue;
      const ids = n.cat.surfaces.get(f) ?? [];
      const id = ids[0];
      if (!id) continue;
      // 出海口 holds 海口, 南沙港快速路 is a road: a common word around the surface names no entity
      if (insideWord(norm, i, i + f.length)) continue;
      // 中国式现代化 is not a mention of the country.
      if (id === "Country:中国" && norm[i + f.length] === "式") continue;
      // an alias inside a longer name is not a mention (临港 in 上海临港集团, 上海 in 上海交通大学)
      const e = n.cat.get(id);
      // (two counted bodies of a place, 两家深圳研究院, name none: the place stays)
      if (
        e &&
        normalisedName(e.name) !== f &&
        ORGANISATION_TAIL.test(norm.slice(i + f.length)) &&
        !COUNTED_BODIES_BEFORE.test(norm.slice(Math.max(0, i - 8), i))
      )
        continue;
      // 省国资委, 市发改委: a national body's short name after a local level names that level's own body
      if (e?.type === "Organization" && normalisedName(e.name) !== f && afterLocalLevel(norm, i)) continue;
      if (e?.type === "DevZone" && e.properties.kind === "category" && headOfLongerName(norm, i, n)) continue;
      if (e?.type === "Country" && regionOfNetwork(e.properties.kind, norm, i + f.length)) continue;
      if (e?.type === "Country" && ethnicName(norm, i + f.length)) continue;
      // (无人机照片): the instrument of a picture, not a sector the text is about
      if (e?.type === "Industry" && PHOTO_WORDS.some((w) => norm.startsWith(w, i + f.length))) continue;
      add({ id, cs: i, ce: i + f.length, method: "catalog", parts: n.catalogParts(id, f, i) });
    }
  },
};
