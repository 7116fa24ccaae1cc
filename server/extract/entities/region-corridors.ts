import { readLexicon } from "../lexicon";
import type { EntityRule } from "./types";

const { regions, leads, heads } = readLexicon<{ regions: string[]; leads: string[]; heads: string[] }>(
  "region-corridors.json",
);
const byLength = (list: string[]): string => [...list].sort((a, b) => b.length - a.length).join("|");
/** [lead] region [国际] head: 跨里海国际运输走廊, 亚欧黄金通道, 中南半岛经济走廊. */
const REGION_CORRIDOR = new RegExp(
  `(?:${byLength(leads)})?(?:${byLength(regions)})(?:国际)?(?:${byLength(heads)})`,
  "g",
);
const REGIONS = new Set(regions);
const SEGMENT_BEFORE = /([\u4e00-\u9fff]{1,8})[-—─－–]$/;

/**
 * Where a chain of dash-joined segments right before `at` starts: each segment, read right to left,
 * keeps the length `keep` gives it (its whole length for a region, a place name ending it); a segment
 * kept only in part, or not at all, ends the chain.
 */
function chainStart(norm: string, at: number, keep: (segment: string) => number): number {
  let start = at;
  for (;;) {
    const m = SEGMENT_BEFORE.exec(norm.slice(Math.max(0, start - 9), start));
    const segment = m?.[1];
    if (!segment) return start;
    const kept = keep(segment);
    if (kept === 0) return start;
    start -= kept + 1;
    if (kept < segment.length) return start;
  }
}

/**
 * Corridors named after the regions they cross (data/lexicon/region-corridors.json): 跨里海国际运输走廊,
 * 亚欧陆海联运通道, 跨欧亚经济带, 中南半岛经济走廊, 中国-中南半岛经济走廊. The name is kept as written,
 * or resolves to the catalog's entry (新亚欧大陆桥). A region with a generic channel word (中亚通道,
 * 欧亚物流通道) or with no corridor head names nothing here.
 */
export const regionCorridors: EntityRule = {
  name: "region-corridors",
  type: "Corridor",
  priority: 1,
  find({ norm, n, add }) {
    for (const m of norm.matchAll(REGION_CORRIDOR)) {
      let cs = m.index ?? 0;
      const ce = cs + m[0].length;
      // a dash chain of regions or places before the region belongs to the name (中国-中南半岛经济走廊)
      cs = chainStart(norm, cs, (segment) => {
        if (REGIONS.has(segment)) return segment.length;
        const last = n.placesIn(segment).at(-1);
        return last && last.end === segment.length ? segment.length - last.start : 0;
      });
      const name = norm.slice(cs, ce);
      add({ id: n.resolveOrRegister("Corridor", name), cs, ce, method: "pattern" });
    }
  },
};
