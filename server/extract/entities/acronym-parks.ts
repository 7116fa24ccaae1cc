import type { EntityRule } from "./types";

/**
 * Parks led by an agreement's or programme's acronym or by a place: RCEP国际合作产业园,
 * 钦州中马产业园. The acronym's own mention stays (it is a part of the name).
 */
export const acronymParks: EntityRule = {
  name: "acronym-parks",
  type: "DevZone",
  priority: 1,
  find({ norm, n, add }) {
    // (every head below holds 园: a cheap test before the scan)
    if (!norm.includes("园")) return;
    for (const m of norm.matchAll(
      /([A-Z][A-Za-z]{1,7})([\u4e00-\u9fff]{0,8}?)(产业园区|产业园|合作园区|科技园)/g,
    )) {
      const k = m.index ?? 0;
      if (/[A-Za-z]/.test(norm[k - 1] ?? "")) continue;
      const name = m[0];
      const id = n.resolveOrRegister("DevZone", name);
      const lead = n.cat.resolve(m[1] ?? "");
      add({
        id,
        cs: k,
        ce: k + name.length,
        method: "pattern",
        parts: lead ? [{ id: lead, cs: k, ce: k + (m[1] ?? "").length }] : [],
      });
    }
  },
};
