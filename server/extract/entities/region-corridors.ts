import { longestAlternatives, readLexicon } from "../lexicon";
import { asWritten } from "./corridor-stops";
import type { Names, Span } from "./names";
import type { EntityRule } from "./types";

const { regions, leads, heads, headNotBefore, leadNotAfter, ordinals } = readLexicon<{
  regions: string[];
  leads: string[];
  heads: string[];
  headNotBefore: Record<string, string[]>;
  leadNotAfter: string[];
  ordinals: string[];
}>("region-corridors.json");
/** A head, unless it runs on into a word (经济带来 is 经济 + 带来, 大陆桥梁 is 大陆 + 桥梁). */
const headAlternation = [...heads]
  .sort((a, b) => b.length - a.length)
  .map((h) => (headNotBefore[h]?.length ? `${h}(?![${headNotBefore[h].join("")}])` : h))
  .join("|");
const ORDINAL = `(?:${longestAlternatives(ordinals)})座?`;
/** [ordinal] [lead] region [ordinal] [国际] head: 跨里海国际运输走廊, 第二亚欧大陆桥, 亚欧第二大陆桥. */
const REGION_CORRIDOR = new RegExp(
  `(?<ord>${ORDINAL})?(?<lead>${longestAlternatives(leads)})?(?<region>${longestAlternatives(regions)})(?:${ORDINAL})?(?:国际)?(?:${headAlternation})`,
  "g",
);
const REGIONS = new Set(regions);
const LEAD_NOT_AFTER = new Set(leadNotAfter);
const SEGMENT_BEFORE = /([\u4e00-\u9fff]{1,8})[-—─－–]$/;
const REGION_BEFORE = new RegExp(`(?:${longestAlternatives(regions)})$`);

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
 * Whether the region word at `rs` is not a word of its own: it starts inside a longer place name
 * (马来西亚, 印度尼西亚), cuts a compass word (西南亚: 南亚 after a 西 or 东 that ends no place; 中西亚,
 * 中南亚: 西亚 or 南亚 after 中), or is
 * listed after another region (中亚、西亚经济走廊: the head is the list's). A region after an ordinal or a
 * lead (第三亚欧大陆桥, 跨里海) starts a word there.
 */
function regionInsideWord(norm: string, n: Names, rs: number, led: boolean): boolean {
  if (led) return false;
  const from = Math.max(0, rs - 4);
  const places = n.placesIn(norm.slice(from, rs + 4));
  if (places.some((p) => p.start < rs - from && p.end > rs - from)) return true;
  const placeEndsHere = places.some((p) => p.end === rs - from);
  if (/[南北]/.test(norm[rs] ?? "") && /[东西]/.test(norm[rs - 1] ?? "") && !placeEndsHere) return true;
  // 中西亚, 中南亚 (Central and West / South Asia): 中 before 西亚 or 南亚 makes one compass word
  if (/[西南]/.test(norm[rs] ?? "") && norm[rs - 1] === "中" && !placeEndsHere) return true;
  return /[、和及]/.test(norm[rs - 1] ?? "") && REGION_BEFORE.test(norm.slice(Math.max(0, rs - 5), rs - 1));
}

/** The places and regions of a dash chain (cs to the region's end) as the corridor's parts. */
function chainParts(norm: string, n: Names, cs: number, end: number): Span[] {
  return n.placesIn(norm.slice(cs, end)).map((p) => ({ id: p.id, cs: cs + p.start, ce: cs + p.end }));
}

/**
 * Corridors named after the regions they cross (data/lexicon/region-corridors.json): 跨里海国际运输走廊,
 * 亚欧陆海联运通道, 跨欧亚经济带, 中南半岛经济走廊, 中国-中南半岛经济走廊, 第二亚欧大陆桥. The name is kept as
 * written, or resolves to the catalog's entry (新亚欧大陆桥). A region with a generic channel word (中亚通道,
 * 欧亚物流通道), with no corridor head, or inside a longer word (see regionInsideWord) names nothing here.
 */
export const regionCorridors: EntityRule = {
  name: "region-corridors",
  type: "Corridor",
  priority: 1,
  find(ctx) {
    const { norm, n, add } = ctx;
    for (const m of norm.matchAll(REGION_CORRIDOR)) {
      const g = m.groups ?? {};
      let cs = m.index ?? 0;
      const ce = cs + m[0].length;
      const rs = cs + (g.ord?.length ?? 0) + (g.lead?.length ?? 0);
      if (regionInsideWord(norm, n, rs, Boolean(g.ord || g.lead))) continue;
      // a lead that ends a word (全新, 横跨) is not the name's: the name starts at the region
      if (g.lead && !g.ord && LEAD_NOT_AFTER.has(norm[cs - 1] ?? "")) cs = rs;
      // a dash chain of regions or places before the region belongs to the name (中国-中南半岛经济走廊)
      const start = chainStart(norm, cs, (segment) => {
        if (REGIONS.has(segment)) return segment.length;
        const last = n.placesIn(segment).at(-1);
        return last && last.end === segment.length ? segment.length - last.start : 0;
      });
      const parts = start < cs ? chainParts(norm, n, start, rs + (g.region?.length ?? 0)) : [];
      const name = asWritten(ctx, start, ce);
      add({ id: n.resolveOrRegister("Corridor", name), cs: start, ce, method: "pattern", parts });
    }
  },
};
