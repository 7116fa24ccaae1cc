import { CLAIM_END, readLexicon, STRONG_STOPS } from "../lexicon";
import type { EntityRule } from "./types";

const LEX = readLexicon<{ heads: string[]; notInField: string[] }>("designation-zones.json");
/** A short field, then a designation head (产城融合示范区, 循环经济试验区, 示范区 alone). */
const HEAD = new RegExp(`^([\\u4e00-\\u9fff]{0,8}?)(${LEX.heads.join("|")})`);
/** Characters a zone's field does not hold: particles, conjunctions, list marks. */
const NOT_FIELD = /[的和与及是在为对、等将把]/;
const FIELD_STOPS = STRONG_STOPS.filter((w) => w.length > 1);

/**
 * Designated zones named by their host city (杨凌示范区, 济源产城融合示范区): a city, a field of at most eight
 * characters and a designation head. The city is the name's part. A field naming a pilot free trade zone
 * or its area (自贸试验区, 片区) is the zone rules' name; a name after 打造 or 争创 is a target, no zone.
 */
export const designationZones: EntityRule = {
  name: "designation-zones",
  type: "DevZone",
  priority: 1,
  find({ norm, n, add, cands }) {
    for (const city of cands) {
      if (!city.id.startsWith("City:")) continue;
      const hit = HEAD.exec(norm.slice(city.ce));
      if (!hit) continue;
      const [whole, field = ""] = hit;
      if (NOT_FIELD.test(field) || FIELD_STOPS.some((w) => field.includes(w))) continue;
      if (LEX.notInField.some((w) => field.includes(w))) continue;
      if (CLAIM_END.test(norm.slice(Math.max(0, city.cs - 4), city.cs))) continue;
      const ce = city.ce + whole.length;
      add({
        id: n.resolveOrRegister("DevZone", norm.slice(city.cs, ce)),
        cs: city.cs,
        ce,
        method: "pattern",
        parts: [{ id: city.id, cs: city.cs, ce: city.ce }],
      });
    }
  },
};
