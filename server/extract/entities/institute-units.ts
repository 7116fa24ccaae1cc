import { charClass, NAME_FUNCTION_CHARS } from "../lexicon";
import { addLedOrganization } from "./led-names";
import type { EntityRule } from "./types";

/** A unit right after an academy of sciences: a field of 2-12 characters and an institute head. */
const UNIT = /^[\u4e00-\u9fff]{2,12}?(研究所|研究中心|研究院|实验室)/;
/** Function words a unit's field does not hold (与/和 may be inside: 城市发展与环境研究所). */
const FUNCTION = charClass(NAME_FUNCTION_CHARS, "其则、");

/**
 * Institutes of an academy of sciences found by another rule: 中国科学院地理科学与资源研究所,
 * 某省社会科学院经济研究所, the short form 中国社科院欧洲研究所 (a university's units are university-institutes'). The whole name is the organisation (the parent body is no mention of its own).
 */
export const instituteUnits: EntityRule = {
  name: "institute-units",
  type: "Organization",
  priority: 2,
  find(ctx) {
    const { norm, cands } = ctx;
    for (const c of [...cands]) {
      if (!c.id.startsWith("Organization:") || !/(科学院|社科院)$/.test(norm.slice(c.cs, c.ce))) continue;
      const u = UNIT.exec(norm.slice(c.ce, c.ce + 16));
      if (!u || FUNCTION.test(u[0])) continue;
      addLedOrganization(ctx, c, c.ce + u[0].length);
    }
  },
};
