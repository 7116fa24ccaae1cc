import { entityAlt } from "../lexicon";
import type { EntityRule } from "./types";

/** A body named after an agreement: 《X协定》(ACR)联合委员会, 《X协定》委员会, ACR联合委员会, ACR秘书处. */
const BODY_HEADS = entityAlt("agreementBodyHeads");
const TITLED = new RegExp(
  String.raw`《([\u4e00-\u9fff]{2,30}(?:${entityAlt("agreementTitleKinds")}))》\s*(?:[(（]([A-Z]{2,8})[)）])?\s*(${BODY_HEADS})`,
  "g",
);
const ACRONYM = new RegExp(String.raw`(?<![A-Za-z])([A-Z]{2,8})\s*(${BODY_HEADS})`, "g");

/**
 * Bodies of an agreement, named by the agreement's title or its Latin short name right before the head:
 * 《全面与进步跨太平洋伙伴关系协定》委员会 → 全面与进步跨太平洋伙伴关系协定委员会, 《数字经济伙伴关系协定》(DEPA)联合委员会
 * → DEPA联合委员会 (the name written next to the head), RCEP秘书处. A head without a title or short name
 * right before it (该委员会, 联合委员会) names no body here.
 */
export const agreementBodies: EntityRule = {
  name: "agreement-bodies",
  type: "Organization",
  priority: 2,
  find({ norm, n, add }) {
    for (const m of norm.matchAll(TITLED)) {
      const name = m[2] ? `${m[2]}${m[3]}` : `${m[1]}${m[3]}`;
      const ce = (m.index ?? 0) + m[0].length;
      // the mention leaves the title to the agreement: the short name and the head, or the head alone
      const cs = ce - (m[3] ?? "").length - (m[2] ? (m[2] ?? "").length + 1 : 0);
      add({ id: n.resolveOrRegister("Organization", name), cs, ce, method: "pattern" });
    }
    for (const m of norm.matchAll(ACRONYM)) {
      const ce = (m.index ?? 0) + m[0].length;
      // RCEP联合委员会: the short name stays the agreement's mention when it names one
      const agreement = n.cat.resolve(m[1] ?? "", ["Agreement"])?.startsWith("Agreement:");
      const cs = agreement ? ce - (m[2] ?? "").length : (m.index ?? 0);
      add({ id: n.resolveOrRegister("Organization", `${m[1]}${m[2]}`), cs, ce, method: "pattern" });
    }
  },
};
