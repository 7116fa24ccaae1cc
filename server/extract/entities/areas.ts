import { entityAlt, GENERIC_AREA } from "../lexicon";
import type { Names, Span } from "./names";
import type { EntityRule } from "./types";

/** A zone's name word (自贸区, 自由贸易试验区), after its place (天津自贸区, 中国（天津）自由贸易试验区). */
const ZONE_WORD = /自(?:贸|由贸易)(?:试验)?区/g;

/** 片区 after a zone's words (entity-words.json areaZoneWords) and 新: group 1 the zone's words, 2 新. */
const AREA = new RegExp(`(${entityAlt("areaZoneWords")})?(新)?片区`, "g");
/** A count of areas before 片区 (三个片区, 四大片区: entity-words.json areaCountMeasures). */
const COUNTED = new RegExp(`[一二三四五六七八九十两]+(${entityAlt("areaCountMeasures")})?$`);
/** Words that make the words before 片区 no area's name (entity-words.json areaNotBaseWords). */
const NOT_BASE = new RegExp(entityAlt("areaNotBaseWords"));

/**
 * The place of the zone named nearest before an area's name, in the same clause (天津自贸区东疆片区和机场片区
 * → 天津; 天津自贸区与河北自贸区机场片区 → 河北; 中国（天津）自由贸易试验区机场片区 → 天津): the bracketed
 * place of a full name, or the two or three characters before a short name.
 */
function zonePlaces(before: string): string[] {
  let last: RegExpMatchArray | undefined;
  for (const m of before.matchAll(ZONE_WORD)) last = m;
  if (!last || /[，,；;。：:]/.test(before.slice((last.index ?? 0) + last[0].length))) return [];
  const head = before.slice(0, last.index);
  const bracketed = /\(([\u4e00-\u9fff]{2,3})\)$/.exec(head);
  if (bracketed) return [bracketed[1] ?? ""];
  const run = /[\u4e00-\u9fff]{2,3}$/.exec(head)?.[0] ?? "";
  return [run.slice(-2), run.slice(-3)].filter((p) => p.length >= 2);
}

/**
 * An area named without its place right after its zone's name (天津自贸区…机场片区): the catalogued area
 * of that zone's place (天津机场片区), when the short name alone is no catalogued area.
 */
function zoneArea(n: Names, before: string, name: string): string | undefined {
  if (n.cat.resolve(name, ["Area"])?.startsWith("Area:")) return undefined;
  for (const place of zonePlaces(before)) {
    const id = n.cat.resolve(`${place}${name}`, ["Area"]);
    if (id?.startsWith("Area:")) return id;
  }
  return undefined;
}

/**
 * Areas: X片区, X新片区, X自贸片区, X自贸试验片区, X自由贸易试验片区 (not 重点片区, 三个片区, 破解自由贸易片区,
 * …设置新片区, 最北片区).
 */
export const areas: EntityRule = {
  name: "areas",
  type: "Area",
  priority: 1,
  find({ norm, n, add }) {
    // (every match ends in 片区: a cheap test before the scan)
    if (!norm.includes("片区")) return;
    for (const m of norm.matchAll(AREA)) {
      const k = m.index ?? 0;
      const start = n.nameStart(norm, k, 10);
      let base = norm.slice(start, k);
      if (
        base.length >= 2 &&
        !n.quantified(base) &&
        !GENERIC_AREA.has(base) &&
        !COUNTED.test(base) &&
        // a superlative describes an area named elsewhere (自贸区最北片区——X片区), it names none
        !/最[\u4e00-\u9fff]{0,2}$/.test(base) &&
        // 等 closes a list of areas (南昌、九江等片区): the area enumeration rule reads its items
        !base.endsWith("等") &&
        !NOT_BASE.test(base) &&
        // X自贸片区 / X自由贸易片区 needs X to be a place or a catalogued area (not 破解自由贸易片区)
        (!m[1] || n.startsWithPlace(base) !== null || n.cat.resolve(`${base}片区`, ["Area"]) !== undefined)
      ) {
        // drop a leading province/country name when what remains is still a name (广西崇左 → 崇左)
        const lead = n.startsWithPlace(base);
        let cs = start;
        if (lead && base.length - lead.len >= 2) {
          const le = n.cat.get(lead.id);
          if (le && (le.type === "Province" || le.type === "Country")) {
            base = base.slice(lead.len);
            cs = start + lead.len;
          }
        }
        // a catalogued area at the end of a longer run wins (政策措施临港新片区 → 临港新片区)
        for (
          let i = 1;
          i + 2 <= base.length &&
          !n.cat.resolve(`${base}${m[2] ? "新片区" : "片区"}`, ["Area"])?.startsWith("Area:");
          i++
        ) {
          const alt = n.cat.resolve(`${base.slice(i)}${m[2] ? "新片区" : "片区"}`, ["Area"]);
          if (alt?.startsWith("Area:")) {
            base = base.slice(i);
            cs += i;
            break;
          }
        }
        const name = `${base}${m[2] ? "新片区" : "片区"}`;
        const id =
          zoneArea(n, norm.slice(Math.max(0, cs - 16), cs), name) ?? n.resolveOrRegister("Area", name);
        const parts: Span[] = [];
        const pp = n.startsWithPlace(base);
        if (pp) parts.push({ id: pp.id, cs, ce: cs + pp.len });
        add({ id, cs, ce: k + m[0].length, method: "pattern", parts });
      }
    }
  },
};
