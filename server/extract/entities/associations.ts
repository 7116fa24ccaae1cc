import {
  ASSOCIATION_HEADS,
  ASSOCIATION_NOT_BEFORE,
  CHAMBER_HEADS,
  charClass,
  charClassBody,
  FEDERATION_HEADS,
  NAME_FUNCTION_CHARS,
  NAME_OPENER_CHARS,
} from "../lexicon";
import { addLedOrganization } from "./led-names";
import type { EntityRule } from "./types";

/** The head of an association's name after a country: two or more characters of its own before it
 * (data/lexicon/name-heads.json association; chamber for the local heads below). */
const HEAD = new RegExp(`^[\\u4e00-\\u9fff]{2,10}?(${ASSOCIATION_HEADS})`);
/** After a province, city or district a local chamber may follow at once (虹口区工商联, 福州市商会); any head
 * may follow the place of its members or its trade (上海市嘉善商会, 克拉玛依市私营个体协会, 嘉定区马陆镇商会).
 * A head that opens the next word is none (北京市促进会展业, 广州市工商联动, 浙江省研究会同, 宁波市政协会议). */
const ANY_HEAD = [...new Set([...ASSOCIATION_HEADS.split("|"), ...CHAMBER_HEADS.split("|")])].join("|");
const LOCAL_HEAD = new RegExp(
  `^(?:(?:${CHAMBER_HEADS})|[\\u4e00-\\u9fff]{2,10}?(?:${ANY_HEAD}))(?![${ASSOCIATION_NOT_BEFORE}])`,
);
const HAN = /[\u4e00-\u9fff]/;
/** A federation of associations whose head follows the association's (德国海外商会联盟): one name. */
const FEDERATION = new RegExp(`^(?:${FEDERATION_HEADS})`);
/** 联盟 as a verb taking associations as its object (甲市商会联盟乙地商协会…): an association's head within a
 * short Han run after it. A run that opens with a conjunction or a preposition (与, 和, 同, 对…) follows the
 * noun 联盟 (甲市商会联盟与乙地商会签约): the federation keeps its name. */
const FEDERATES = new RegExp(
  `^(?![${charClassBody(NAME_OPENER_CHARS)}同跟])[\\u4e00-\\u9fff]{1,8}?(?:${ANY_HEAD})`,
);
/** Characters after which a name may start inside a run of Han text. */
const OPENER = charClass(NAME_OPENER_CHARS, "据同");
/** Function words an association's name does not hold. */
const FUNCTION = charClass(NAME_FUNCTION_CHARS, "其则、，");
/** ... nor, after a place, a conjunction or a quantifier (福建省和浙江省商会, 上海市各行业协会). */
const LOCAL_FUNCTION = charClass(NAME_FUNCTION_CHARS, "其则、，和与及各等");
const LOCAL_LEAD = /^(Province|City):/;

/**
 * Associations and chambers led by a country (中国世界贸易组织研究会, 泰国山竹协会, 中国国际商会) or a
 * province, city or district (上海市嘉善商会, 虹口区工商联): a catalogued body or place inside the name is
 * part of it. The lead opens the name: at the start of a run of Han text or after an opener (与, 和, 据…).
 */
export const associations: EntityRule = {
  name: "associations",
  type: "Organization",
  priority: 1,
  find(ctx) {
    const { norm, cands } = ctx;
    for (const c of [...cands]) {
      const country = c.id.startsWith("Country:");
      if (!country && !LOCAL_LEAD.test(c.id)) continue;
      const prev = norm[c.cs - 1] ?? "";
      if (HAN.test(prev) && !OPENER.test(prev)) continue;
      const m = (country ? HEAD : LOCAL_HEAD).exec(norm.slice(c.ce, c.ce + 14));
      const rest = m?.[0] ?? "";
      if (!m || (country ? FUNCTION : LOCAL_FUNCTION).test(rest)) continue;
      const after = norm.slice(c.ce + rest.length);
      const head = FEDERATION.exec(after)?.[0].length ?? 0;
      const federation = FEDERATES.test(after.slice(head, head + 12)) ? 0 : head;
      addLedOrganization(ctx, c, c.ce + rest.length + federation, c.id !== "Country:中国");
    }
  },
};
