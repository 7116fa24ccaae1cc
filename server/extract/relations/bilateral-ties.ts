import type { Mention } from "../entities/types";
import { homeOf, isHomeId, listEndingWith, SIDE } from "./bilateral-trade";
import { typeOf } from "./context";
import { pushPartners } from "./cooperate";
import type { RelationRule } from "./types";

/**
 * A noun of ties between two sides (联系, 交往, 往来), not the head of a compound of contact details or of
 * travellers and vehicles going to and fro (联系人, 联系电话, 往来航班, 往来车辆).
 */
const TIES = /(联系|交往|往来)(?!人|电话|方式|方法|地址|邮箱|航班|航线|船|车|列车|旅客|客|者)/g;
/**
 * Between the list of sides and the noun: 等…国家/地区, then 之间/间 or 的 (one of them required: 某市与某国
 * 的联系, 某省与东南亚地区间往来), then at most one word of the ties' kind (经贸, 人文, 友好…).
 */
const TIES_TAIL =
  /^(等)?([\u4e00-\u9fff]{0,4}?(国家|地区|经济体))?((之间|间)的?|的)(经贸|经济|商贸|人文|文化|友好|传统|密切|双边|民间|官方)?$/;

/**
 * Ties between two sides: 某省与东盟的联系, 中国与某国之间的友好交往, 某市同中亚国家间的经贸往来 →
 * COOPERATES_WITH from the home side (China, a Chinese place or zone, read as in bilateral-trade) to each
 * foreign side of the list. Sides are places, countries and zones, never persons (他与家人的联系 has none).
 */
export const bilateralTies: RelationRule = {
  name: "bilateral-ties",
  types: ["COOPERATES_WITH"],
  find(rc) {
    const { norm, pool, push } = rc;
    if (!/联系|交往|往来/.test(norm)) return;
    const sides = pool.filter((m) => SIDE.test(typeOf(m.id)));
    TIES.lastIndex = 0;
    for (let t = TIES.exec(norm); t; t = TIES.exec(norm)) {
      const at = t.index;
      const last = sides.filter((x: Mention) => x.ce <= at && TIES_TAIL.test(norm.slice(x.ce, at))).pop();
      if (!last) continue;
      const list = listEndingWith(sides, norm, last);
      const home = homeOf(rc, sides, list);
      if (!home) continue;
      const ids = list.map((x) => x.id);
      pushPartners(push, home, ids, (list[0] as Mention).cs, at + t[0].length, (id) => !isHomeId(id));
    }
  },
};
