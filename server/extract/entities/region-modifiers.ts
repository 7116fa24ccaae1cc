/**
 * A landmass's short form that qualifies a compound noun (欧亚地区国家, 欧亚联运大通道, 跨越欧亚两洲, 跨欧亚经济带)
 * names a kind of region, route or market, not the place: the sets annotate 亚欧大陆 where the text writes the
 * landmass itself (贯通欧亚, 连通欧亚的通道, 亚欧大陆) and leave these out. Only the short forms of
 * data/lexicon/region-modifiers.json are read, and only right before one of its heads; 国家, 市场 and 合作 not right
 * after a verb of reach, where they open the next phrase (贯通欧亚合作空间广阔).
 */
import { readLexicon } from "../lexicon";
import type { Mention } from "./types";

const WORDS = readLexicon<{
  shortForms: string[];
  heads: string[];
  looseHeads: string[];
  reachVerbs: string[];
}>("region-modifiers.json");
const HEAD = new RegExp(`^(?:${WORDS.heads.join("|")})`);
const LOOSE_HEAD = new RegExp(`^(?:${WORDS.looseHeads.join("|")})`);
const REACH_BEFORE = new RegExp(`(?:${WORDS.reachVerbs.join("|")})$`);

/** True when the short form at m qualifies the noun written right after it. */
function qualifies(norm: string, m: Mention): boolean {
  const after = norm.slice(m.ce, m.ce + 4);
  if (HEAD.test(after)) return true;
  return LOOSE_HEAD.test(after) && !REACH_BEFORE.test(norm.slice(Math.max(0, m.cs - 2), m.cs));
}

/** Removes (in place) short forms of a landmass written as the modifier of a compound noun. */
export function dropRegionModifiers(norm: string, out: Mention[]): void {
  if (!WORDS.shortForms.some((w) => norm.includes(w))) return;
  const drop = out.filter(
    (m) =>
      m.id.startsWith("Country:") && WORDS.shortForms.includes(norm.slice(m.cs, m.ce)) && qualifies(norm, m),
  );
  for (const m of drop) out.splice(out.indexOf(m), 1);
}
