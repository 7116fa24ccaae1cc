import type { Catalog } from "../catalog";
import { clauseOf } from "../clauses";
import type { Mention } from "../entities/types";
import { charClassBody, readLexicon } from "../lexicon";
import type { RelationContext } from "./context";
import { hedged, inRound, negotiated, pushParties, stageOf } from "./stage";
import { T_BILATERAL_PARTY } from "./triggers";
import type { RelationRule } from "./types";

const TITLE = readLexicon<{ bilateralTitleKinds: string[]; bilateralTitleJoins: string[] }>("fta-names.json");
const TITLE_JOINS = charClassBody(TITLE.bilateralTitleJoins.join(""));
/** 中国, a join, the partner, then the kind (fta-names.json "bilateralTitleKinds", "bilateralTitleJoins"). */
const BILATERAL_TITLE = new RegExp(
  `^中国[${TITLE_JOINS}]([^${TITLE_JOINS}]{2,12}?)(?:全面)?(?:${TITLE.bilateralTitleKinds.join("|")})`,
);

/**
 * The partner of China in a bilateral agreement's canonical name (中国-新西兰自由贸易协定 → 新西兰), or in a
 * title written with 与/和 (中国与东盟全面经济合作框架协议 → 东盟).
 */
function bilateralPartner(cat: Catalog, name: string): string | undefined {
  const m = BILATERAL_TITLE.exec(name);
  const partner = m?.[1] ? cat.resolve(m[1], ["Country"]) : undefined;
  return partner?.startsWith("Country:") ? partner : undefined;
}

/** Parties named by abbreviations that open the name (美墨加协定 → 美国, 墨西哥, 加拿大). */
function abbreviatedParties(cat: Catalog, title: string): string[] {
  let n = 0;
  while (n < title.length && cat.countryAbbr.has(title[n] ?? "")) n++;
  if (n < 2 || new Set(title.slice(0, n)).size !== n) return [];
  return [...title.slice(0, n)].map((c) =>
    c === "欧" ? "Country:欧盟" : (cat.countryAbbr.get(c) as string),
  );
}

/**
 * The two parties of a bilateral agreement also cooperate (signing, negotiating, trading under it):
 * COOPERATES_WITH from the party written first, in the agreement's name (厄瓜多尔—中国自由贸易协定) or,
 * for a name that writes no pair, in its clause (厄瓜多尔成为…与中国签署自贸协定的…).
 */
function pushPair(rc: RelationContext, ag: Mention, partner: string, [cs, ce]: [number, number]): void {
  const inName = ag.parts.find((p) => p.id === partner);
  const firstAt = (id: string) =>
    Math.min(...rc.ms.filter((m) => m.id === id && m.cs >= cs && m.ce <= ag.ce).map((m) => m.cs));
  const partnerFirst = inName ? inName.cs === ag.cs : firstAt(partner) < firstAt("Country:中国");
  const [source, target] = partnerFirst ? [partner, "Country:中国"] : ["Country:中国", partner];
  rc.push({ type: "COOPERATES_WITH", source, target, method: "pattern", confidence: 0.7, cs, ce });
}

/**
 * ALIGNS_WITH of the parties of an agreement whose clause says it is signed, ratified, in force or
 * negotiated (triggers.json "bilateralParty": 《中国-东盟自由贸易协定》…的签署, 签署《中华人民共和国政府
 * 和塞尔维亚共和国政府自由贸易协定》, 启动中国—洪都拉斯自由贸易协定谈判): 中国 and the partner of a
 * bilateral agreement (which also cooperate, see pushPair), or the parties its name abbreviates. An agreement
 * only hoped for, set as a condition or asked about (stage.ts hedged) gives neither.
 */
export const agreementParties: RelationRule = {
  name: "agreement-parties",
  types: ["ALIGNS_WITH", "COOPERATES_WITH"],
  find(rc) {
    const { norm, cat, push, of } = rc;
    if (!T_BILATERAL_PARTY.test(norm)) return;
    for (const ag of of("Agreement")) {
      const name = ag.id.slice("Agreement:".length);
      const partner = bilateralPartner(cat, name);
      const parties = partner ? ["Country:中国", partner] : abbreviatedParties(cat, name);
      if (parties.length === 0 || hedged(norm, ag.cs, ag.ce)) continue;
      const [a0, b] = clauseOf(norm, ag.ce);
      if (!T_BILATERAL_PARTY.test(norm.slice(a0, b + 1))) continue;
      const round = inRound(norm, ag.ce);
      const stage = negotiated(norm, ag.ce) ? {} : stageOf(norm.slice(a0, b + 1));
      pushParties(push, round ? [] : parties, ag, b, stage);
      if (partner) pushPair(rc, ag, partner, [a0, b]);
    }
  },
};
