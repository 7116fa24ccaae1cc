import type { Catalog } from "../catalog";
import { REGION_ABBREVIATIONS, trigger } from "../lexicon";
import { homeProvince } from "./compound-partners";
import { pointAt, pushPartners } from "./cooperate";
import { T_REACH } from "./triggers";
import type { RelationRule } from "./types";

const SUBJECT = ["FreeTradeZone", "Area", "Province", "City", "DevZone"];
/** Heads that make the compound the name of one region (粤港澳大湾区, 成渝城市群, 长三角经济圈: "regionCompoundHeads"). */
const REGION_NAME = new RegExp(`^(${trigger("regionCompoundHeads").source})`);

/** The partner a one-character abbreviation names: a province, 港/澳/台, or a country. */
function reachPartnerOf(c: string, cat: Catalog): string | undefined {
  return cat.provinceAbbr.get(c) ?? REGION_ABBREVIATIONS[c] ?? cat.countryAbbr.get(c);
}

/**
 * Reaching out to partners named by a compound of two or more one-character abbreviations right after
 * a verb of reach (triggers.json "reach": 辐射滇黔, 服务川渝, 面向日韩): COOPERATES_WITH from the clause's
 * subject (the shared choice) to each member other than China. Not inside a name, nor a region named
 * by the compound (粤港澳大湾区) or holding the subject's own province, nor a single character (全川).
 */
export const reachCompound: RelationRule = {
  name: "reach-compound",
  types: ["COOPERATES_WITH"],
  find({ norm, cat, push, subjectBefore, covered }) {
    for (const t of norm.matchAll(new RegExp(T_REACH.source, "g"))) {
      const at = t.index ?? 0;
      let k = at + t[0].length;
      const members: string[] = [];
      while (k - at <= 6 && !covered(k) && reachPartnerOf(norm[k] ?? "", cat))
        members.push(reachPartnerOf(norm[k++] ?? "", cat) as string);
      if (members.length < 2 || new Set(members).size < members.length) continue;
      if (REGION_NAME.test(norm.slice(k))) continue;
      const s = subjectBefore(pointAt(at), SUBJECT);
      if (!s) continue;
      // (a compound holding the subject's own province names a region it is part of: 广东对接粤港澳;
      // cooperation inside it is compound-partners.ts)
      const own = homeProvince(s.id, cat);
      if (own && members.includes(own)) continue;
      pushPartners(push, s, members, at, k, (id) => id !== "Country:中国");
    }
  },
};
