import { readLexicon } from "../lexicon";
import type { EntityRule } from "./types";

const { qualifiers } = readLexicon<{ qualifiers: string[] }>("silk-roads.json");
const SILK_ROAD = new RegExp(`(?:${qualifiers.join("|")})丝绸之路(?!经济带)`, "g");

/**
 * Themed silk roads named by a qualifier (空中丝绸之路, 网上丝绸之路, 冰上丝绸之路 from
 * data/lexicon/silk-roads.json): a route of its own, not the ancient Silk Road whose name it holds.
 * A catalogued one (海上丝绸之路, 草原丝绸之路) resolves to its entry.
 */
export const silkRoads: EntityRule = {
  name: "silk-roads",
  type: "Corridor",
  priority: 2,
  find({ norm, n, add }) {
    for (const m of norm.matchAll(SILK_ROAD)) {
      const cs = m.index ?? 0;
      add({ id: n.resolveOrRegister("Corridor", m[0]), cs, ce: cs + m[0].length, method: "pattern" });
    }
  },
};
