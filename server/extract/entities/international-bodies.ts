import { bodyGazetteer } from "./central-bodies";
import type { EntityRule } from "./types";

/**
 * International and regional organisations and the Hong Kong and Macao trade promotion bodies of the
 * gazetteer data/lexicon/international-bodies.json (上合组织 → 上海合作组织, 亚洲开发银行, 东盟秘书处,
 * 香港贸发局 → 香港贸易发展局); a catalogued body keeps its entry.
 */
export const internationalBodies: EntityRule = bodyGazetteer(
  "international-bodies",
  "international-bodies.json",
);
