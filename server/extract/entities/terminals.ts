import type { EntityRule } from "./types";

/** A terminal's head after its place: 码头 with at most 国际 and 集装箱 before it. */
const HEAD = /(国际)?(集装箱)?码头/g;
/** A company named after the terminal (阿布扎比码头有限公司). */
const COMPANY_AFTER = /^(?:有限|股份|公司|集团|管理|运营)/;

/**
 * Terminals named by their place (厦门国际码头, 洋浦国际集装箱码头, 横琴码头, 阿布扎比码头: Ports as the
 * annotations of sets 5, 8 and 9 write them): a city right before the head, with at most 国际 and 集装箱
 * between. A terminal inside a port's name (威海港青威码头, 阳逻港一期码头) starts with no city and is left out,
 * as is a company named after a terminal.
 */
export const terminals: EntityRule = {
  name: "terminals",
  type: "Port",
  priority: 2,
  find({ norm, n, add, cands }) {
    for (const m of norm.matchAll(HEAD)) {
      const k = m.index ?? 0;
      const ce = k + m[0].length;
      if (COMPANY_AFTER.test(norm.slice(ce))) continue;
      const city = cands.find((c) => c.ce === k && c.id.startsWith("City:") && c.ce - c.cs >= 2);
      if (!city) continue;
      add({
        id: n.resolveOrRegister("Port", norm.slice(city.cs, ce)),
        cs: city.cs,
        ce,
        method: "pattern",
        parts: [{ id: city.id, cs: city.cs, ce: city.ce }],
      });
    }
  },
};
