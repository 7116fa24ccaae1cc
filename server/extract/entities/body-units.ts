import { LONG_WORD_NEXT, longestAlternatives, readLexicon, VISIT_VERBS } from "../lexicon";
import type { Names } from "./names";
import { officerTitle } from "./officer-titles";
import { tagWords } from "./segmenter";
import type { EntityRule } from "./types";

const lex = readLexicon<{
  heads: string[];
  titles: string[];
  closers: string[];
  notBodies: string[];
  stops: string;
  meetingVerbs: string[];
  maxUnit: number;
  titleNotNext: string;
}>("body-units.json");
const HEADS = longestAlternatives(lex.heads);
/** An officer's title, with its deputy mark, and no word the title only opens (局长三角, 主任级: "titleNotNext"). */
const TITLE = `${officerTitle(lex.titles)}(?![${LONG_WORD_NEXT}${lex.titleNotNext}])`;
/** A unit's name: Han characters ending in a head, then its officer's title or a closer. */
const UNIT = new RegExp(
  `^([\u4e00-\u9fff]{1,${lex.maxUnit - 1}}?(?:${HEADS}))(?=${TITLE}|${longestAlternatives(lex.closers)})`,
);
const HEAD_END = new RegExp(`(?:${HEADS})$`);
/** A firm's name: its departments are no organisation of the sets. */
const FIRM = new RegExp(`(?:${longestAlternatives(lex.notBodies)})$`);
/** Tags of a word that may hold a unit's head whatever its length (发展局/l, 国际合作部/nt): idioms, bodies, abbreviations. */
const NAME_WORD = /^(nt|l|j)$/;
/** Tags of a common noun, which holds a head only with two characters or more before it (外事办, 管理部; not 布局, 大厅). */
const NOUN = /^n/;
const PLACE = /^(Province|City|Country):/;
/** Characters no unit's name holds before its head: clause words, lists, party offices, a person's title. */
const STOP = new RegExp(`[${lex.stops}]`);
/** Verbs making the unit's words a clause with a second body as its object: joining (联合, 携手; not the one-character
 * conjunctions, 商务及经济发展局), setting up (新设立), visiting or meeting (走访, 会见). */
const CLAUSE_VERBS = new Set([
  ...readLexicon<{ leads: string[] }>("department-leads.json").leads.filter((w) => w.length > 1),
  ...readLexicon<{ setUpVerbs: string[] }>("public-body-heads.json").setUpVerbs,
  ...VISIT_VERBS,
  ...lex.meetingVerbs,
]);
/** Tags of words no unit's name holds: time, adverb, pronoun, numeral, preposition, particle, locality (a verb may: 投资促进局). */
const NOT_NAME = /^(t|d|r|m|q|p|u[a-z]*|f|y|e)$/;

/**
 * Whether the unit's words may make a name: no word a name holds not (time, adverb, particle…: 国务院决策部署), no verb
 * of a clause (联合, 新设立, 会见) nor one before a body's name, and the word holding the head an idiom, a body's name or abbreviation, or a noun with
 * two characters or more before the head (外事办, 管理部; not a common noun ending in it: 开放布局, 服务大厅, 联合主办,
 * nor an idiom of four characters or more: 陷入僵局).
 */
export function nameWords(unit: string, fieldEnd: number, n: Names): boolean {
  const field = unit.slice(0, fieldEnd);
  const fieldWords = tagWords(field, n.cat);
  if (fieldWords.some((w) => NOT_NAME.test(w.tag) || CLAUSE_VERBS.has(field.slice(w.start, w.end))))
    return false;
  const words = tagWords(unit, n.cat);
  // a verb, then a body's name: the body is the verb's object (某部希望招商局), not a unit (规划建设局, 开放发展局)
  if (words.some((w, i) => i > 0 && w.tag === "nt" && words[i - 1]?.tag === "v")) return false;
  const holder = words.find((w) => w.start < fieldEnd && w.end > fieldEnd);
  if (holder?.tag === "l" && holder.word.length >= 4) return false; // an idiom ending in the head: 陷入僵局, 顾全大局
  return !holder || NAME_WORD.test(holder.tag) || (NOUN.test(holder.tag) && fieldEnd - holder.start >= 2);
}

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
      if (!nameWords(unit, field.length, n)) continue;
      // a body across the first one's end (中国海关|总署) or a second body inside the unit (商务部联合外交部)
      const inside = (o: (typeof cands)[number]) => o.cs > c.ce && o.cs < c.ce + unit.length;
      const across = (o: (typeof cands)[number]) => o.cs < c.ce && o.ce > c.ce;
      if (cands.some((o) => o.id.startsWith("Organization:") && (across(o) || inside(o)))) continue;
      const name = `${body}${unit}`;
      const id = n.cat.resolve(name, ["Organization"]) ?? n.ensure("Organization", name);
      add({ id, cs: c.cs, ce: c.ce + unit.length, method: "pattern" });
    }
  },
};
