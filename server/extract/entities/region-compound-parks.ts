import { CodeSet } from "../code-set";
import {
  CITY_ABBREVIATIONS,
  PARK_HEADS,
  PARK_OPENS_BEFORE,
  REGION_ABBREVIATIONS,
  STRONG_STOPS,
  ZONE_HEADS,
} from "../lexicon";
import type { Span } from "./names";
import type { EntityRule } from "./types";

/** Every name ends with one of these heads (park-heads.json: plain words), so a passage without one has none. */
const HEADS = [...PARK_HEADS, ...ZONE_HEADS];
/** After a compound of abbreviations: a short field, then a park or zone head. */
const FIELD_HEAD = new RegExp(`^([\\u4e00-\\u9fff]{0,10}?)(${HEADS.join("|")})`);
/** Words a park's field does not hold (functions and list words). */
const NOT_FIELD = /[的和与及是在为对、]/;
const FIELD_STOPS = STRONG_STOPS.filter((w) => w.length > 1);
const PLACE_TYPES = /^(City|Province|Area):/;

type Ctx = Parameters<EntityRule["find"]>[0];

/** The characters `region` may read besides the catalog's abbreviations (a test before its look-ups). */
const REGION_CODES = CodeSet.of([...Object.keys(REGION_ABBREVIATIONS), ...CITY_ABBREVIATIONS.keys()]);

/** The region a one-character abbreviation stands for (粤, 港; a city's 深 only when `city`), if any. */
function region(ch: string, n: Ctx["n"], city: boolean): string | undefined {
  const code = ch.length === 1 ? ch.charCodeAt(0) : Number.NaN;
  if (!REGION_CODES.has(code) && !n.cat.isAbbreviationCode(code)) return undefined;
  const cityName = city ? CITY_ABBREVIATIONS.get(ch) : undefined;
  return (
    n.cat.provinceAbbr.get(ch) ??
    REGION_ABBREVIATIONS[ch] ??
    (cityName ? n.cat.resolve(cityName, ["City"]) : undefined)
  );
}

/**
 * The regions of the run of abbreviations starting at `k` (粤港澳, 深港, 沪滇), at most four. A city's
 * abbreviation leads a run only (深港): later, 合 of 合作 or 长 of 长期 would be read as cities.
 */
function runAt(norm: string, k: number, n: Ctx["n"]): string[] {
  const ids: string[] = [];
  for (let i = k; i < k + 4; i++) {
    const id = region(norm[i] ?? "", n, i === k);
    if (!id || ids.includes(id)) break;
    ids.push(id);
  }
  return ids;
}

/** The place-led part right before the compound (广州南沙, 深圳前海): its start, or -1 when none. */
function leadStart(norm: string, k: number, cands: Ctx["cands"]): number {
  let at = k;
  // places found before, chained (广州 南沙), or one place and two more characters of its district
  for (let gapLeft = 2; ; ) {
    const lead = [0, 1, 2]
      .filter((back) => back <= gapLeft && !NOT_FIELD.test(norm.slice(at - back, at)))
      .map((back) => cands.find((c) => c.ce === at - back && PLACE_TYPES.test(c.id) && c.ce - c.cs >= 2))
      .find((c) => c !== undefined);
    if (!lead) break;
    gapLeft -= at - lead.ce;
    at = lead.cs;
  }
  return at < k ? at : -1;
}

/**
 * Parks and zones named by a compound of Chinese region abbreviations after their host place:
 * 深圳前海深港现代服务业合作区, 广州南沙粤港澳全面合作示范区, 珠海粤澳合作产业园. A designation head (示范区,
 * 合作区) needs the host place (推动粤港澳深度合作示范区建设 is an aspiration, no name); a park head (园,
 * 基地) does not (沪滇合作产业园). The compound's regions and the host place are the name's parts.
 */
export const regionCompoundParks: EntityRule = {
  name: "region-compound-parks",
  type: "DevZone",
  priority: 2,
  find({ norm, n, add, cands }) {
    if (!HEADS.some((h) => norm.includes(h))) return;
    for (let k = 0; k < norm.length - 3; k++) {
      const ids = runAt(norm, k, n);
      if (ids.length < 2 || region(norm[k - 1] ?? "", n, false)) continue;
      // 中哈 is China and a partner (bilateral-abbreviation-parks); 连云港 is a place, not 连 + 云
      if (norm[k - 1] === "中") continue;
      if (cands.some((c) => c.cs < k + ids.length && c.ce > k && PLACE_TYPES.test(c.id))) continue;
      const hit = FIELD_HEAD.exec(norm.slice(k + ids.length));
      if (!hit) continue;
      const [rest, field = "", head = ""] = hit;
      if (NOT_FIELD.test(field) || FIELD_STOPS.some((w) => field.includes(w))) continue;
      const whole = norm.slice(k, k + ids.length) + rest;
      const cs = leadStart(norm, k, cands);
      if (cs < 0 && ZONE_HEADS.includes(head)) continue;
      // an unknown word right before (横琴粤澳…产业园 without 横琴 as a place): the name's start is unsure
      if (cs < 0 && /[\u4e00-\u9fff]/.test(norm[k - 1] ?? "") && !PARK_OPENS_BEFORE.test(norm.slice(0, k)))
        continue;
      const start = cs < 0 ? k : cs;
      const ce = k + whole.length;
      const parts: Span[] = ids.map((id, i) => ({ id, cs: k + i, ce: k + i + 1 }));
      const lead = cands.find((c) => c.cs === start && PLACE_TYPES.test(c.id));
      if (lead) parts.unshift({ id: lead.id, cs: lead.cs, ce: lead.ce });
      add({
        id: n.resolveOrRegister("DevZone", norm.slice(start, ce)),
        cs: start,
        ce,
        method: "pattern",
        parts,
      });
      k = ce - 1;
    }
  },
};
