import { provinceShort } from "../catalog";
import { hanRunBefore } from "../clauses";
import { entityAlt } from "../lexicon";
import type { Span } from "./names";
import type { EntityRule } from "./types";

/**
 * A run of Han text (with ·) and a free zone's head (entity-words.json foreignZoneHeads), not before a word that
 * makes it a common noun (foreignZoneNotAfter).
 */
const ZONE = new RegExp(
  `([\\u4e00-\\u9fff·]{2,12}?)(${entityAlt("foreignZoneHeads")})(?!${entityAlt("foreignZoneNotAfter")})`,
  "g",
);
/** The words up to the last function word or list mark before the name (entity-words.json foreignZoneNameBreaks). */
const BREAK = new RegExp(`^.*(${entityAlt("foreignZoneNameBreaks")})`);

/**
 * Foreign free zones: 迪拜的杰贝·阿里自由贸易区, 迪拜机场自由贸易区 — a transliterated name (with
 * ·) or a name led by a foreign city or country; not an FTA (中国-东盟自由贸易区) nor a Chinese zone.
 */
export const foreignFreeZones: EntityRule = {
  name: "foreign-free-zones",
  type: "DevZone",
  priority: 1,
  find({ norm, n, add }) {
    // (every head below holds 自由: a cheap test before the scan)
    if (!norm.includes("自由")) return;
    for (const m of norm.matchAll(ZONE)) {
      const k = m.index ?? 0;
      let a = hanRunBefore(norm.replace(/·/g, "中"), k + (m[1] ?? "").length, 12);
      const v = BREAK.exec(norm.slice(a, k + (m[1] ?? "").length));
      if (v) a += v[0].length;
      const base = norm.slice(a, k + (m[1] ?? "").length);
      if (base.length < 2 || base.startsWith("·") || /[-－—–]/.test(norm[a - 1] ?? "")) continue;
      const lead = n.startsWithPlace(base);
      const leadE = lead ? n.cat.get(lead.id) : undefined;
      // 上海自由贸易区: the colloquial name of a Chinese zone
      if (
        m[2] === "自由贸易区" &&
        lead?.len === base.length &&
        leadE &&
        leadE.type !== "Country" &&
        (leadE.type === "Province" || leadE.parent)
      ) {
        const zid = n.zoneIdForPlace(leadE.type === "Province" ? provinceShort(leadE) : leadE.name);
        add({
          id: zid,
          cs: a,
          ce: k + m[0].length,
          method: "pattern",
          parts: [{ id: lead.id, cs: a, ce: a + lead.len }],
        });
        continue;
      }
      const foreign = leadE?.type === "City" && !leadE.parent;
      if (!base.includes("·") && !foreign) continue;
      const name = `${base}${m[2]}`;
      const id = n.resolveOrRegister("DevZone", name);
      const parts: Span[] = lead && foreign ? [{ id: lead.id, cs: a, ce: a + lead.len }] : [];
      add({ id, cs: a, ce: a + name.length, method: "pattern", parts });
    }
  },
};
