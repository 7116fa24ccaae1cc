import type { EntityRule } from "./types";

/**
 * Departments of a catalogued body: 国务院办公厅, 商务部服务贸易和商贸服务业司,
 * 联合国贸易和发展会议全球化与发展战略司(司长).
 */
export const departments: EntityRule = {
  name: "departments",
  type: "Organization",
  priority: 3,
  find({ norm, n, add, cands }) {
    for (const c of [...cands]) {
      if (c.method !== "catalog" || !c.id.startsWith("Organization:")) continue;
      const d = /^(办公厅|[\u4e00-\u9fff]{2,14}?司)(?![\u4e00-\u9fff]{0,1}[的])/.exec(
        norm.slice(c.ce, c.ce + 16),
      );
      // a clause word or a company's 公司 is no department's (X集团与Y公司: two bodies, not a 司)
      if (!d || /[、，的是在]|^[与和及同]|公司$/.test(d[1] ?? "")) continue;
      const body = n.cat.get(c.id)?.name ?? "";
      const name = `${body}${d[1]}`;
      const id = n.cat.resolve(name, ["Organization"]) ?? n.ensure("Organization", name);
      add({
        id,
        cs: c.cs,
        ce: c.ce + (d[1] ?? "").length,
        method: "pattern",
        parts: [{ id: c.id, cs: c.cs, ce: c.ce }],
      });
    }
  },
};
