import type { EntityRule } from "./types";

/**
 * Newspapers, magazines and news sites: 《金融时报》, 《东方新闻网》, fDi杂志.
 */
export const periodicals: EntityRule = {
  name: "periodicals",
  type: "Organization",
  priority: 2,
  find({ norm, n, add }) {
    // (a title in 《》 or a name before 杂志/周刊: a cheap test before the scan)
    if (!/《|杂志|周刊/.test(norm)) return;
    for (const m of norm.matchAll(
      /《([\u4e00-\u9fff]{2,8}(?:时报|日报|晚报|周刊|杂志|邮报|新闻网))》|(?<![A-Za-z])([A-Za-z]{2,12}\s?(?:杂志|周刊))/g,
    )) {
      const raw = m[1] ?? m[2] ?? "";
      const k = (m.index ?? 0) + (m[1] ? 1 : 0);
      const name = raw.replace(/\s/g, "");
      const id = n.cat.resolve(name, ["Organization"]) ?? n.ensure("Organization", name);
      add({ id, cs: k, ce: k + raw.length, method: "pattern" });
    }
  },
};
