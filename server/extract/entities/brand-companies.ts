import { insideWord } from "../inside-words";
import { entityAlt, escapeRe, readLexicon } from "../lexicon";
import { occurrences } from "../occurrences";
import { tagWords, type Word } from "./segmenter";
import type { EntityRule } from "./types";

const LEXICON = readLexicon<{
  brands: Record<string, string[]>;
  lines: string[];
  notBefore: string[];
  ownershipAfter: string[];
  goodsBefore: string[];
  goodsClassifiers: string[];
}>("brands.json");
/** Every brand of data/lexicon/brands.json, whatever group it is listed in. */
const BRANDS: readonly string[] = Object.values(LEXICON.brands).flat();
/** A business line carried as part of the brand's name (吉利汽车, 浦项钢铁), longest first. */
const LINE = new RegExp(
  `^(?:${[...LEXICON.lines]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join("|")})`,
);
/** A company's head right after the brand or its line: a longer name other rules read (某某集团, 某某汽车有限公司). */
const HEAD_AFTER = new RegExp(`^(?:${entityAlt("brandHeadsAfter")})`);
/** Words after a brand that make it a place or a landform (亚马逊雨林): brands.json notBefore. */
const NOT_BEFORE = new RegExp(`^(?:${LEXICON.notBefore.map(escapeRe).join("|")})`);
/** A word of ownership after a brand (某某旗下, 某某下属): the firm owns what follows, it qualifies no noun. */
const OWNERSHIP_AFTER = new RegExp(`^(?:${LEXICON.ownershipAfter.map(escapeRe).join("|")})`);
/** A Latin letter or an opening quote right before the brand: a longer Latin word, or a quoted name the
 * brand opens (a ship's or a service's, “某某海口”轮). */
const GLUED_BEFORE = /[A-Za-z“"]/;
/** A word before a brand that makes it goods (中国产某某汽车, 一辆某某): brands.json goodsBefore. */
const GOODS_BEFORE = new RegExp(`(?:${LEXICON.goodsBefore.map(escapeRe).join("|")})$`);
/** A numeral or a demonstrative and a classifier right before a brand: goods counted (一瓶某某, 两台某某). */
const COUNTED = new RegExp(
  `[\\d一二两三四五六七八九十百千几多每这那](?:${LEXICON.goodsClassifiers.map(escapeRe).join("|")})$`,
);
/** Tags of a word that a brand before it qualifies (a product, a plant, a project: 某某汽车零配件, 某某工厂). */
const QUALIFIED = /^(n|nr|nrt|nrfg|ns|nt|nz|j|x|b|t|a|vn|an|i|l|m|mq)$/;
const HAN = /^[\u4e00-\u9fff]/;

/** A word of the segmenter that runs across `at` (the brand is then part of a common word: 加强|生态). */
const across = (words: readonly Word[], at: number) => words.some((w) => w.start < at && w.end > at);

/** An unknown word opening with a function character: the segmenter glued 等, 和 or 在 onto the words after
 * the brand (某某、某某等德资企业), which then qualifies nothing. */
const GLUED_FUNCTION = /^[等和与及在将的已也都为是从向对]/;

/** The brand qualifies the noun right after it (某某京唐钢铁厂, 某某汽车零配件): it names a plant or goods. */
function qualifies(words: readonly Word[], ce: number): boolean {
  const next = words.find((w) => w.start === ce);
  if (!next || !HAN.test(next.word) || !QUALIFIED.test(next.tag)) return false;
  return !(next.tag === "x" && GLUED_FUNCTION.test(next.word));
}

/**
 * Firms named by a known brand with no company head (腾讯, 由某某承运, 强生、陶氏等美资企业;
 * data/lexicon/brands.json): the brand as written, with a business line right after it as part of its
 * name (圆通速递). Not read: a brand opening a longer name with a head (阿里巴巴集团, 腾讯公司: the company
 * rules read it); one a word of the segmenter or a common word runs across (加强|生态 holds 强生;
 * name-boundaries.json insideWords); one before a landform word (亚马逊雨林); one opening a quoted name
 * (“某某海口”轮) or after a word of goods (中国产某某汽车, 一辆某某); one qualifying the noun after it, a
 * plant, a project or goods (某某京唐钢铁厂, 某某汽车零配件, 某某上海超级工厂: the sets annotate these both
 * ways). Lowest priority: longer names win.
 */
export const brandCompanies: EntityRule = {
  name: "brand-companies",
  type: "Organization",
  priority: -1,
  find({ norm, n, add }) {
    let words: readonly Word[] | null = null;
    for (const { at, end } of occurrences(norm, BRANDS)) {
      const before = norm.slice(Math.max(0, at - 2), at);
      if (GLUED_BEFORE.test(norm[at - 1] ?? "") || GOODS_BEFORE.test(before) || COUNTED.test(before))
        continue;
      const line = LINE.exec(norm.slice(end))?.[0] ?? "";
      const ce = end + line.length;
      const rest = norm.slice(ce);
      if (HEAD_AFTER.test(rest) || NOT_BEFORE.test(norm.slice(end))) continue;
      if (insideWord(norm, at, ce)) continue;
      words ??= tagWords(norm, n.cat);
      if (across(words, at) || across(words, ce)) continue;
      if (!OWNERSHIP_AFTER.test(rest) && qualifies(words, ce)) continue;
      add({ id: n.resolveOrRegister("Organization", norm.slice(at, ce)), cs: at, ce, method: "pattern" });
    }
  },
};
