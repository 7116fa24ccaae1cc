import { charClass, NAME_FUNCTION_CHARS, NAME_OPENER_CHARS } from "../lexicon";
import { addLedOrganization } from "./led-names";
import type { EntityRule } from "./types";

/** The head of an association's name. */
const HEAD = /^[\u4e00-\u9fff]{2,10}?(研究会|协会|学会|商会|联合会|促进会)/;
const HAN = /[\u4e00-\u9fff]/;
/** Characters after which a name may start inside a run of Han text. */
const OPENER = charClass(NAME_OPENER_CHARS, "据同");
/** Function words an association's name does not hold. */
const FUNCTION = charClass(NAME_FUNCTION_CHARS, "其则、，");

/**
 * Associations and chambers led by a country: 中国世界贸易组织研究会, 泰国山竹协会, 中国国际商会 (a
 * catalogued body or place inside the name is part of it). The country opens the name: at the start of
 * a run of Han text or after an opener (与, 和, 据…).
 */
export const associations: EntityRule = {
  name: "associations",
  type: "Organization",
  priority: 1,
  find(ctx) {
    const { norm, cands } = ctx;
    for (const c of [...cands]) {
      if (!c.id.startsWith("Country:")) continue;
      const prev = norm[c.cs - 1] ?? "";
      if (HAN.test(prev) && !OPENER.test(prev)) continue;
      const m = HEAD.exec(norm.slice(c.ce, c.ce + 14));
      const rest = m?.[0] ?? "";
      if (!m || FUNCTION.test(rest)) continue;
      addLedOrganization(ctx, c, c.ce + rest.length, c.id !== "Country:中国");
    }
  },
};
