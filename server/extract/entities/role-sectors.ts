import { nodeId } from "../catalog";
import { entityAlt, readLexicon } from "../lexicon";
import type { EntityRule } from "./types";

/** Modifiers before the sector of a role (国际物流中心 → 物流). */
const LEAD = new RegExp(`^(${entityAlt("roleLeadModifiers")})+`);
/** 打造X中心: a verb of building a role (industry.json roleVerbs), the role's body and its head. */
const ROLE = new RegExp(
  `(${readLexicon<{ roleVerbs: string[] }>("industry.json").roleVerbs.join("|")})(${entityAlt("roleBecomeWords")})?([\\u4e00-\\u9fff]{2,10}?)(${entityAlt("roleHubNouns")})`,
  "g",
);
/** Heads of sector names: what remains must end in one (物流, 跨境电商, 生物医药, 新能源汽车). */
const SECTOR_HEAD = new RegExp(`(${entityAlt("roleSectorHeads")})$`);
const NOT_SECTOR = new RegExp(entityAlt("roleNotSectorWords"));

/**
 * Sectors named as the field of a role the subject builds: 打造国际物流中心, 建设跨境电商基地,
 * 培育生物医药产业高地 (the role's sector is what it focuses on). Registered like list items: a word
 * becomes a sector only where such a frame says so.
 */
export const roleSectors: EntityRule = {
  name: "role-sectors",
  type: "Industry",
  priority: 0,
  find({ norm, n, add }) {
    for (const m of norm.matchAll(ROLE)) {
      const body = m[3] ?? "";
      const lead = LEAD.exec(body)?.[0].length ?? 0;
      const name = body.slice(lead).replace(/产业$/, "");
      if (name.length < 2 || name.length > 6 || NOT_SECTOR.test(name) || n.startsWithPlace(name)) continue;
      if (/[的了和与及以为、在是]/.test(name)) continue;
      const known = n.cat.resolve(name);
      if (!known?.startsWith("Industry:") && !SECTOR_HEAD.test(name)) continue;
      const id = known ?? nodeId("Industry", name);
      if (!n.cat.get(id))
        n.cat.entities.set(id, {
          type: "Industry",
          name,
          nameEn: null,
          aliases: [],
          properties: {},
          inCatalog: false,
        });
      const cs = (m.index ?? 0) + (m[1] ?? "").length + (m[2] ?? "").length + lead;
      add({ id, cs, ce: cs + name.length, method: "pattern" });
    }
  },
};
