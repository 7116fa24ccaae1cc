import { CLAUSE_OPENERS, charClassBody, entityAlt, FIRM_RANKS, LEGAL_FORMS, readLexicon } from "../lexicon";
import { tagWindow, tagWords, type Word } from "./segmenter";
import type { EntityRule } from "./types";

/** A company's legal form closes its name (中铁集装箱有限公司, 青海五彩碱业股份有限公司). */
const LEGAL_FORM = new RegExp(LEGAL_FORMS, "g");
/** Tags of the words a company's name is made of: nouns, proper nouns, abbreviations, unknown words
 * (brands such as 福耀, 德园) and verbal nouns of a business line (运营, 发展, 进出口). */
const IN_NAME = /^(n|nr|nrt|ns|nt|nz|j|x|vn|nrfg)$/;
/** Set phrases (l, i) and verbs (v) belong to the name only right before its legal form, as its business
 * line (集装箱运输有限责任公司, 港口控股有限公司, 多式联运有限公司); further back they are the clause's verb
 * phrase (充分发挥…, 管理…), and a business line alone names no company. */
const PHRASE = /^(l|i|v)$/;
/** Words that end a name's run cleanly: a preposition, verb, conjunction, particle, adverb, pronoun
 * (与中铁…, 由…承建, 成立的…), or a date (2020年陆海新通道…). */
const BOUNDARY = /^(p|v|c|u|uj|ul|ud|ug|uz|uv|d|r|zg|y)/;
const DATE = /^[\d０-９]*[年月日号]?$/;
/** A word the segmenter does not know (x) that opens with a clause word (这是, 来自: function-words.json
 * clauseOpeners): the clause's words run into it, so the name starts after it (这是蓝海…有限公司 → 蓝海…有限公司).
 * A brand that merely holds a function character (以岭, 为信, 向荣) stays in the name. */
const OPENS_CLAUSE = new RegExp(`^(${CLAUSE_OPENERS})`);
/** An unknown word that ends with the copula (某某是/x 某某集团有限公司): a subject and its 是 glued together;
 * the name starts after it. */
const GLUED_COPULA = /^[\u4e00-\u9fff]{2,}是$/;
/** Class nouns in apposition before a name (子公司, 跨境电商企业, 政府): the name starts after the last one
 * (集团 is not one: a parent group opens a subsidiary's name, 福耀集团长春有限公司), and the ranks of firms
 * (龙头, 领军: data/lexicon/org-boundaries.json). */
const CLASS_NOUN = new RegExp(`^(${entityAlt("legalClassNouns")}|${FIRM_RANKS})$`);
const MAX_NAME = 24;
/** A verb or adverb, read on half of a four-character word (充分|发挥). */
const VERBAL = /^(v|vd|d|ad)$/;

/** jieba reads some verb phrases as one noun (充分发挥/n): a four-character word that opens the name and
 * holds a verb or adverb in either half is the clause's phrase, and the name starts after it. */
function afterVerbPhrase(words: Word[], start: number, cat: Parameters<typeof tagWords>[1]): number {
  const first = words.find((w) => w.start === start);
  if (first?.word.length !== 4) return start;
  const halves = [first.word.slice(0, 2), first.word.slice(2)];
  const verbal = halves.some((h) => tagWords(h, cat).some((w) => w.word === h && VERBAL.test(w.tag)));
  return verbal ? first.end : start;
}

/** A business line needs a name word before it that is no verbal noun (港口控股; not 合资成立有限公司). */
function namesBefore(words: Word[], i: number): boolean {
  const prev = words[i - 1];
  return !!prev && IN_NAME.test(prev.tag) && prev.tag !== "vn";
}

/** The start of the name that ends at `head`, read back over the words before it (all end by `head`); null when the run is
 * broken by a numeral, localiser or measure word (中国第一汽车…: the name goes on before it). */
function nameStart(words: Word[], head: number): number | null {
  let start = head;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] as Word;
    if (!/^[\u4e00-\u9fff]+$/.test(w.word)) break;
    if (w.tag === "x" && (OPENS_CLAUSE.test(w.word) || GLUED_COPULA.test(w.word))) break;
    if (IN_NAME.test(w.tag) || (PHRASE.test(w.tag) && w.end === head && namesBefore(words, i))) {
      start = w.start;
      continue;
    }
    if (
      BOUNDARY.test(w.tag) ||
      PHRASE.test(w.tag) ||
      ((w.tag === "m" || w.tag === "t") && DATE.test(w.word.slice(-1)))
    )
      break;
    return null;
  }
  // class nouns in apposition (授权企业中吉乌铁路…, 跨境电商企业内蒙古…) and verbal nouns opening the run
  // (经营、管理天津港…) are left out: a business line follows the name's brand or place, never opens it
  for (const w of words) {
    if (w.start < start || w.end >= head) continue;
    if (CLASS_NOUN.test(w.word) || (w.start === start && w.tag === "vn")) start = w.end;
  }
  // a business line alone (成立有限公司) names no company
  const first = words.find((w) => w.start === start);
  return first && PHRASE.test(first.tag) && first.end === head ? null : start;
}

/** The marks that close a list item or a clause before a company's name (、，,：:；;). */
const ITEM_MARK = /^[、，,：:；;]$/;
/** One-character prepositions after which a name may open a segment (与某某有限公司签署, 由某某有限公司承建):
 * data/lexicon/org-boundaries.json itemPrepositions. */
const ITEM_PREPOSITION = new RegExp(
  `^[${charClassBody(readLexicon<{ itemPrepositions: string[] }>("org-boundaries.json").itemPrepositions.join(""))}]$`,
);
/** Tags no word of a segment-bounded name holds: pronouns, numerals, time and measure words, particles,
 * prepositions, interjections (其中, 一家, 2020年, 的, 为). */
const NOT_IN_ITEM = /^(r|m|t|q|u|p|y|e|zg)/;
/** Tags a segment-bounded name may open with: nouns, places, proper nouns, abbreviations, unknown words,
 * a localiser or adjective glued into a brand (中/f 电, 平安/a). */
const ITEM_OPENS = /^(n|nr|nrt|ns|nt|nz|j|x|f|a)$/;
/** Tags that hold a clause's verb: only a business line right before the legal form may be one (再制造). */
const ITEM_VERBAL = /^(v|vd|d|l|i)$/;
/** Verbs of founding a firm (合资, 成立: entity-words.json foundingVerbs): a segment holding one is the clause
 * that founds a company (与市政府合资成立有限公司), not its name. */
const FOUNDING = new RegExp(`^(${entityAlt("foundingVerbs")})$`);

/**
 * The start of a name that fills a whole list item or clause segment before its legal form, where the
 * segmenter breaks the run of name words (信/n 和/c 实业, 盾构 再/d 制造/v, 中/f 电/n 科技开发): the mark (、，：)
 * or one-character preposition (与, 由) before it opens the name; 4 to 14 characters, opened by a name word,
 * with no pronoun, numeral, time word or particle, and a verb or adverb only in the last two words.
 */
function itemStart(words: Word[], head: number): number | null {
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] as Word;
    const mark = ITEM_MARK.test(w.word) || (w.tag === "p" && ITEM_PREPOSITION.test(w.word));
    if (!mark) continue;
    const inside = words.slice(i + 1).filter((x) => x.end <= head);
    const first = inside[0];
    if (!first || head - first.start < 4 || head - first.start > 14 || !ITEM_OPENS.test(first.tag))
      return null;
    const ok = inside.every(
      (x, k) =>
        /^[\u4e00-\u9fff]+$/.test(x.word) &&
        !NOT_IN_ITEM.test(x.tag) &&
        !FOUNDING.test(x.word) &&
        (!ITEM_VERBAL.test(x.tag) || k >= inside.length - 2),
    );
    return ok ? first.start : null;
  }
  return null;
}

/**
 * Companies by their legal form: the run of name words before 有限公司, 有限责任公司 or 股份有限公司,
 * from the preposition, verb, particle, date or punctuation that opens it (基于此，中铁集装箱有限公司与…;
 * 由三国政府授权企业合资成立的中吉乌铁路有限公司; 2020年陆海新通道运营贵州有限公司). A name led by a
 * parent or a brand reads whole (福耀集团长春有限公司), so a place-led reading inside it gives way.
 * Names already read across its start are left to the rule that read them.
 */
export const legalFormCompanies: EntityRule = {
  name: "legal-form-companies",
  type: "Organization",
  priority: 0,
  find({ norm, n, add, cands }) {
    for (const m of norm.matchAll(LEGAL_FORM)) {
      const head = m.index ?? 0;
      const end = head + m[0].length;
      const from = Math.max(0, head - MAX_NAME);
      const words = tagWindow(norm, from, head, n.cat);
      // a run broken before a name or cut to its business line (实业, 制造) reads the whole segment instead
      const read = nameStart(words, head);
      const run = read === null || head - read < 3 ? itemStart(words, head) : read;
      const start = run === null ? null : afterVerbPhrase(words, run, n.cat);
      if (start === null || head - start < 3 || (start === from && from > 0)) continue;
      if (cands.some((c) => c.cs < start && c.ce > start)) continue;
      const name = norm.slice(start, end);
      const parts = cands
        .filter((c) => c.cs >= start && c.ce <= head && /^(Country|Province|City):/.test(c.id))
        .map((c) => ({ id: c.id, cs: c.cs, ce: c.ce }));
      add({ id: n.resolveOrRegister("Organization", name), cs: start, ce: end, method: "pattern", parts });
    }
  },
};
