import { charClass, GENERIC_MORPHEMES, NAME_FUNCTION_CHARS, readLexicon } from "../lexicon";
import type { Span } from "./names";
import type { EntityRule } from "./types";

/** A terminal's head after its place: 码头 with at most 国际 and 集装箱 before it. */
const HEAD = /(国际)?(集装箱)?码头/g;
/** A company named after the terminal (阿布扎比码头有限公司). */
const COMPANY_AFTER = /^(?:有限|股份|公司|集团|管理|运营)/;

/** Words that make a qualifier descriptive (散货, 一期, 新建: data/lexicon/terminal-words.json). */
const words = readLexicon<{
  descriptive: string[];
  localityEnds: string[];
  motionStarts: string[];
}>("terminal-words.json");
const DESCRIPTIVE_WORDS = new RegExp(words.descriptive.join("|"));
/** Characters of a clause or of a port's or place's head, never inside a terminal's locality. */
const NOT_LOCALITY = charClass(
  NAME_FUNCTION_CHARS,
  "港区市县省州镇村路街号期0-9一二三四五六七八九十第与和及等",
);
/** A route or motion character that opens a verb's phrase (到, 去, 赴, 经: 从青岛到前湾码头), never a locality. */
const MOTION_START = new RegExp(`^[${words.motionStarts.join("")}]`);
/** A locality written between a city and the terminal's head: 2 or 3 Han characters ending like a place's name
 * (terminal-words.json localityEnds: 小铲滩, 大浦口, 前湾), not like a verb's phrase (打零工, 坐游船). */
const LOCALITY = new RegExp(`^[\\u4e00-\\u9fff]{1,2}[${words.localityEnds.join("")}]$`);

/** The city that leads the terminal whose head starts at `k`: right before it, or before a locality's name. */
function leadingCity(norm: string, cands: readonly Span[], k: number): Span | undefined {
  const isCity = (c: Span) => c.id.startsWith("City:") && c.ce - c.cs >= 2;
  const right = cands.find((c) => c.ce === k && isCity(c));
  if (right) return right;
  const city = cands.find((c) => isCity(c) && k - c.ce >= 2 && k - c.ce <= 3);
  if (!city || cands.some((o) => o.cs >= city.ce && o.cs < k)) return undefined;
  const locality = norm.slice(city.ce, k);
  const descriptive =
    GENERIC_MORPHEMES.test(locality) || DESCRIPTIVE_WORDS.test(locality) || MOTION_START.test(locality);
  return LOCALITY.test(locality) && !NOT_LOCALITY.test(locality) && !descriptive ? city : undefined;
}

/**
 * Terminals named by their place (厦门国际码头, 洋浦国际集装箱码头, 横琴码头, 阿布扎比码头: Ports as the
 * annotations of sets 5, 8 and 9 write them): a city right before the head, with at most 国际 and 集装箱
 * between, or a city and a locality's name of 2 or 3 characters (洋浦小铲滩码头, 舟山大浦口集装箱码头), as the
 * city-led ports keep theirs; not a descriptive qualifier (天津散货码头, 大连新建码头). A terminal inside a
 * port's name (威海港青威码头, 阳逻港一期码头) starts with no city and is left out, as is a company named after a
 * terminal.
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
      const city = leadingCity(norm, cands, k);
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
