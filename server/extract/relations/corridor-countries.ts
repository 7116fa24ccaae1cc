import type { Mention } from "../entities/types";
import { relationAlt, trigger } from "../lexicon";
import { type RelationContext, typeOf } from "./context";
import { isService } from "./services";
import type { RelationRule } from "./types";

/**
 * What closes a list of countries before the corridor: 等 (with a count: 等5个, 等多个), then the word
 * saying they build it or lie along it (共建, 沿线), possibly none, and an opening quote.
 */
const BEFORE = new RegExp(
  `等[\\d一二三四五六七八九十两多几]*个?(${relationAlt("corridorBeforeRoles")})?[“"「]?$`,
);
/**
 * What follows the corridor: 沿线/共建 and the head noun 国家 (the countries are its members), written here
 * with its own exclusions (name-heads.json modifierHeads has only 国家级; this rule also needs
 * relation-words.json "corridorNotAfterCountries": 级, and triggers.json "corridorOutside": 以外/之外/外的/除外, the
 * list corridor-role-copula.ts reads), and not an exclusion (…国家以外的经济体; 国家外长, 外交, 外贸 stay members).
 */
const AFTER = new RegExp(
  `^[”"」]?(${trigger("corridorMemberRole").source})?(${relationAlt("corridorCountryNouns")})(?!${relationAlt("corridorNotAfterCountries")}|${trigger("corridorOutside").source})`,
);
/** The words that name the countries as builders or neighbours of the corridor, before or after it
 * (data/lexicon/triggers.json "corridorMemberRole"). */
const ROLE = trigger("corridorMemberRole");

/** The countries of the list that ends right before `end` (A、B和C…), walked back from its last item. */
function listBefore(rc: RelationContext, end: number): Mention[] {
  const out: Mention[] = [];
  let k = end;
  for (;;) {
    const prev = rc.ms.find((x) => x.ce === k && typeOf(x.id) === "Country");
    if (!prev) return out;
    out.unshift(prev);
    const sep = /(以及|[、和与及])$/.exec(rc.norm.slice(Math.max(0, prev.cs - 2), prev.cs));
    if (!sep) return out;
    k = prev.cs - sep[0].length;
  }
}

/**
 * 运经匈牙利、塞尔维亚等共建“一带一路”国家; 越南、柬埔寨等“一带一路”沿线国家: countries listed
 * and summed up as the countries that build a corridor or lie along it lie on it (ON_CORRIDOR country
 * -> corridor). The list must end in 等 right before the corridor's name, and 共建 or 沿线 must name
 * the countries' role (not 等“一带一路”项目, nor a service: 等中欧班列国家 says nothing of the kind).
 */
export const corridorCountries: RelationRule = {
  name: "corridor-countries",
  types: ["ON_CORRIDOR"],
  find(rc) {
    const { norm, push } = rc;
    if (!norm.includes("国")) return;
    // (rc.of drops a corridor that qualifies a noun: here it does, 国家, and that is what is read)
    for (const corr of rc.ms.filter((m) => typeOf(m.id) === "Corridor")) {
      const before = BEFORE.exec(norm.slice(Math.max(0, corr.cs - 10), corr.cs));
      const after = AFTER.exec(norm.slice(corr.ce));
      // (the name may carry the role word itself: 共建“一带一路”)
      if (!before || !after || !ROLE.test(before[0] + norm.slice(corr.cs, corr.ce) + after[0])) continue;
      if (isService(corr.id, rc.ms, rc.cat, rc.norm)) continue;
      const countries = listBefore(rc, corr.cs - before[0].length);
      const ce = corr.ce + after[0].length;
      for (const c of countries) {
        if (c.id === "Country:中国") continue;
        push({
          type: "ON_CORRIDOR",
          source: c.id,
          target: corr.id,
          method: "pattern",
          confidence: 0.75,
          cs: c.cs,
          ce,
        });
      }
    }
  },
};
