import { nodeId } from "../catalog";
import { clauseStart } from "../clauses";
import type { Mention } from "../entities/types";
import { RANK_CLOSE as CLOSE, relationAlt } from "../lexicon";
import { typeOf } from "./context";
import { T_ADMIN_COPULA, T_CITY_ROLE } from "./triggers";
import type { RelationRule } from "./types";

/**
 * A copula (triggers.json "adminCopula") or 作为 (relation-words.json "cityRoleCopulas"), right after the city (an
 * adverb between: "cityRoleAdverbs").
 */
const COPULA = new RegExp(
  `^(${relationAlt("cityRoleAdverbs")})?(${T_ADMIN_COPULA.source}|${relationAlt("cityRoleCopulas")})`,
);
/**
 * After the province: 的 and a short description, then a city's role (triggers.json "cityRole") closing its
 * clause or followed by a coordinated role (乙省交通枢纽和物流中心).
 */
const ROLE = new RegExp(
  `^的?[^，,；;。、“”"]{0,14}?(${T_CITY_ROLE.source})(?=\\s*([，,；;。(（]|$|和|及|与|、))`,
);

/**
 * LOCATED_IN from what a city is for its province: 甲市是乙省对外开放的门户, 甲市作为乙省交通枢纽和…中心
 * → 甲市 in 乙省. The city opens its clause and the copula follows it; the catalog must put the city in
 * that province (a city that is another province's outlet, 甲市是乙省最便捷的出海门户, gives nothing).
 */
export const cityRole: RelationRule = {
  name: "city-role",
  types: ["LOCATED_IN"],
  find({ norm, ms, cat, push }) {
    if (!T_CITY_ROLE.test(norm)) return;
    const sorted = [...ms].sort((x, y) => x.cs - y.cs);
    for (const [i, x] of sorted.entries()) {
      if (typeOf(x.id) !== "City" || !/^\s*$/.test(norm.slice(clauseStart(norm, x.cs), x.cs))) continue;
      const copula = COPULA.exec(norm.slice(x.ce));
      const at = x.ce + (copula?.[0].length ?? 0);
      const prov: Mention | undefined = sorted[i + 1];
      if (!copula || !prov || prov.cs !== at || typeOf(prov.id) !== "Province") continue;
      const parent = cat.get(x.id)?.parent;
      if (!parent || nodeId("Province", parent) !== prov.id) continue;
      const role = ROLE.exec(norm.slice(prov.ce));
      if (!role || CLOSE.test(norm.slice(prov.ce))) continue;
      push({
        type: "LOCATED_IN",
        source: x.id,
        target: prov.id,
        method: "pattern",
        confidence: 0.8,
        cs: x.cs,
        ce: prov.ce + role[0].length,
      });
    }
  },
};
