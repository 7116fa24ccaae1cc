import type { EntityRule } from "./types";

/**
 * Companies with a bracketed place: 智臻人工智能科技（上海）有限公司. The brackets are kept as the text writes
 * them (full-width unless the clean text has ASCII ones: 双桥(香港)有限公司), as names are annotated as written.
 */
export const bracketedCompanies: EntityRule = {
  name: "bracketed-companies",
  type: "Organization",
  priority: 2,
  find({ norm, clean, n, add }) {
    for (const m of norm.matchAll(/\(([\u4e00-\u9fff]{2,4})\)(股份有限公司|有限公司)/g)) {
      const k = m.index ?? 0;
      if (!n.cat.places.get(m[1] ?? "")) continue;
      const start = n.nameStart(norm, k, 12);
      if (k - start < 2) continue;
      const [open, close] = clean?.[k] === "(" ? ["(", ")"] : ["（", "）"];
      const name = `${norm.slice(start, k)}${open}${m[1]}${close}${m[2]}`;
      const id = n.cat.resolve(name, ["Organization"]) ?? n.ensure("Organization", name);
      add({ id, cs: start, ce: k + m[0].length, method: "pattern" });
    }
  },
};
