import { LONG_WORD_NEXT, OFFICER_TITLE_WORDS, readLexicon } from "../lexicon";
import { tagWords } from "./segmenter";
import type { EntityRule } from "./types";

const lex = readLexicon<{
  heads: string[];
  titles: string[];
  mergedHeads: string[];
  closers: string[];
  notBodies: string[];
  maxUnit: number;
}>("body-units.json");
const longestFirst = (xs: readonly string[]) => [...xs].sort((a, b) => b.length - a.length).join("|");
const HEADS = longestFirst(lex.heads);
/** An officer's title, with its deputy mark, and no word the title only opens (局长三角, 主任级). */
const TITLE = `(?:常务副|副)?(?:${longestFirst([...OFFICER_TITLE_WORDS, ...lex.titles])})(?![${LONG_WORD_NEXT}级])`;
/** The heads written once with their title's 长 (管理局长): the unit ends at the head. */
const MERGED = lex.mergedHeads.map((t) => t[0]).join("");
/** A unit's name: Han characters ending in a head, then its officer's title (or 长 after a merged head) or a closer. */
const UNIT = new RegExp(
  `^([\u4e00-\u9fff]{1,${lex.maxUnit - 1}}?(?:${HEADS}))(?=${TITLE}|${longestFirst(lex.closers)}|(?<=[${MERGED}])长(?![${LONG_WORD_NEXT}]))`,
);
const HEAD_END = new RegExp(`(?:${HEADS})$`);
/** A firm's name: its departments are no organisation of the sets. */
const FIRM = new RegExp(`(?:${longestFirst(lex.notBodies)})$`);
/** Tags of a word that may hold a unit's head (发展局/l, 国际合作部/nt): nouns, idioms, abbreviations. */
const NOUNISH = /^(n|l|j)/;
const PLACE = /^(Province|City|Country):/;
/** Characters no unit's name holds before its head: clause words, lists, party offices, a person's title. */
const STOP = /[的是在了为将把从以向由这该其各等与和、，书记副兼党]/;
/** Tags of words no unit's name holds: time, adverb, pronoun, numeral, preposition, particle, locality (a verb may: 投资促进局). */
const NOT_NAME = /^(t|d|r|m|q|p|u[a-z]*|f|y|e)$/;

/**
 * A body's unit written right after the body (某管委会政策法规局局长某某, 某总署某某管理办公室、, 从某市政府
 * 合作交流办获悉): one organisation, body and unit as written, the body no entity of its own there (as
 * organization-branches.ts). A firm's department, a place inside the unit's name (a second body or a list)
 * or a word no name holds (国务院决策部署, 某商会共同主办) leaves them apart.
 */
export const bodyUnits: EntityRule = {
  name: "body-units",
  type: "Organization",
  priority: 2,
  find({ norm, n, add, cands }) {
    for (const c of [...cands]) {
      if (!c.id.startsWith("Organization:")) continue;
      const body = n.cat.get(c.id)?.name ?? norm.slice(c.cs, c.ce);
      if (FIRM.test(body)) continue;
      const unit = UNIT.exec(norm.slice(c.ce, c.ce + lex.maxUnit + 8))?.[1] ?? "";
      const field = unit.replace(HEAD_END, "");
      if (field.length < 2 || STOP.test(field) || n.placesIn(unit).length > 0) continue;
      if (cands.some((o) => o.cs >= c.ce && o.cs < c.ce + field.length && PLACE.test(o.id))) continue;
      if (tagWords(field, n.cat).some((w) => NOT_NAME.test(w.tag))) continue;
      // a word other than a noun running across the head (联合主办, 决策部署) or a body across the first one's end (中国海关|总署)
      const words = tagWords(unit, n.cat);
      if (words.some((w) => w.start < field.length && w.end > field.length && !NOUNISH.test(w.tag))) continue;
      if (cands.some((o) => o.cs < c.ce && o.ce > c.ce && o.id.startsWith("Organization:"))) continue;
      const name = `${body}${unit}`;
      const id = n.cat.resolve(name, ["Organization"]) ?? n.ensure("Organization", name);
      add({ id, cs: c.cs, ce: c.ce + unit.length, method: "pattern" });
    }
  },
};
