import { readLexicon } from "../lexicon";
import type { EntityRule } from "./types";

/** Words after a body that start a coordination with another body, not a department's name. */
const LEADS = readLexicon<{ leads: string[] }>("department-leads.json").leads;
/** A department: 办公厅, or a name ending in 司 (not the 司 of 司法部, 司法局). */
const DEPARTMENT = /^(办公厅|[\u4e00-\u9fff]{2,14}?司(?!法))(?![\u4e00-\u9fff]{0,1}[的])/;

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
      const d = DEPARTMENT.exec(norm.slice(c.ce, c.ce + 16));
      const dept = d?.[1] ?? "";
      // a clause word, a coordination (X集团与Y公司, 商务部会同司法部) or a company's 公司 is no department's
      if (!d || /[、，的是在]|公司$/.test(dept) || LEADS.some((w) => dept.startsWith(w))) continue;
      const body = n.cat.get(c.id)?.name ?? "";
      const name = `${body}${dept}`;
      const id = n.cat.resolve(name, ["Organization"]) ?? n.ensure("Organization", name);
      add({
        id,
        cs: c.cs,
        ce: c.ce + dept.length,
        method: "pattern",
        parts: [{ id: c.id, cs: c.cs, ce: c.ce }],
      });
    }
  },
};
