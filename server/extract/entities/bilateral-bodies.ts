import { HAN } from "../clauses";
import { charClass, NAME_FUNCTION_CHARS, NAME_OPENER_CHARS, readLexicon, SERVICE_HEADS } from "../lexicon";
import { countryPartnerOf } from "../relations/china-pair";
import type { Names } from "./names";
import type { EntityRule } from "./types";

const LEXICON = readLexicon<{
  heads: string[];
  fieldOpeners: string[];
  tieFields: string[];
  pairWords: string[];
  tieHeads: string[];
  barePairHeads: string[];
  zoneFieldWords: string[];
}>("bilateral-bodies.json");
/** Common words and places the abbreviations open (中老年, 中英文, 巴中): bilateral-bodies.json pairWords;
 * a language's 文 opening 文化 (中法文化交流协会) is the field's. */
const PAIR_WORDS = new RegExp(`^(?:${LEXICON.pairWords.join("|")})(?!化)`);
/** A field that only names the tie (中非合作中心 as a role): bilateral-bodies.json tieFields. */
const TIE_FIELDS = new Set(LEXICON.tieFields);
/** Heads after which such a field is a role (中俄合作中心); an association keeps it (中巴友好协会): tieHeads. */
const TIE_HEADS = new Set(LEXICON.tieHeads);
/** A field holding a park's or a zone's head (中韩产业园研究院): the park's reading, zoneFieldWords. */
const ZONE_FIELD = new RegExp(LEXICON.zoneFieldWords.join("|"));
/** A service of trains or ships inside the field (中欧班列某地集结中心): a facility of the service, no body. */
const SERVICE = new RegExp(SERVICE_HEADS.join("|"));
/** China's abbreviation and one or two partners' (中哈, 中日韩) or one partner's before China's (英中), then
 * a field of two to ten characters and a body's head (bilateral-bodies.json heads), or a chamber's or an
 * association's head with no field (中俄商会: barePairHeads). */
const BODY = new RegExp(
  `(中[\\u4e00-\\u9fff]{1,2}?|[\\u4e00-\\u9fff]中)(?:(${LEXICON.barePairHeads.join("|")})|([\\u4e00-\\u9fff]{2,10}?)(${LEXICON.heads.join("|")}))(?![\\u4e00-\\u9fff]{0,1}(?:有限|公司))`,
  "y",
);
/** Function words and list marks a body's field does not hold (中哈将在…中心, 中欧和中亚…公司). */
const NOT_FIELD = charClass(NAME_FUNCTION_CHARS, "和与及、其该");
/** Words after the abbreviations that make them a common word or a description (中西部, 中方, 中非两国). */
const OPENERS = new RegExp(`^(?:${LEXICON.fieldOpeners.join("|")})`);
/** Characters after which a name may open inside a run of Han text (与, 和, 由, 据…). */
const OPENER = charClass(NAME_OPENER_CHARS, "据同");

/** Whether every abbreviation but China's names a partner country (china-pair.ts countryPartnerOf). */
const allPartners = (abbr: string, n: Names): boolean =>
  abbr.length > 1 &&
  [...abbr].every((c) => {
    if (c === "中") return true;
    const id = countryPartnerOf(n.cat, c);
    return id !== undefined && id !== "Country:中国";
  });

/**
 * Companies, associations, centres and councils named by China's and partners' abbreviations, a field and a
 * head: 中哈物流公司, 中非跨境人民币中心, 英中贸易协会. The name opens a run of Han text or follows an opener
 * (与, 和, 由, 、); another name read across it (中欧班列集结中心: a corridor) leaves it to that reading. Not
 * read: abbreviations opening a common word or a description (中西部, 中方, 中非两国: bilateral-bodies.json),
 * a field holding a function word, 中国 read as X中 + 国, a date's 日 before 中 (9日中…).
 */
export const bilateralBodies: EntityRule = {
  name: "bilateral-bodies",
  type: "Organization",
  priority: 1,
  find({ norm, n, add, cands }) {
    for (let k = norm.indexOf("中"); k >= 0; k = norm.indexOf("中", k + 1)) {
      for (const at of [k, k - 1]) {
        // a common word or a place written there (中老年, 中英文, 中亚) is no pair of countries
        if (at < 0 || PAIR_WORDS.test(norm.slice(at)) || (n.startsWithPlace(norm.slice(at))?.len ?? 0) >= 2)
          continue;
        BODY.lastIndex = at;
        const m = BODY.exec(norm);
        if (!m || (at === k) !== m[1]?.startsWith("中")) continue;
        const [abbr = "", field = "", head = ""] = [m[1], m[3], m[4] ?? m[2]];
        const prev = norm[at - 1] ?? "";
        if (HAN.test(prev) && !OPENER.test(prev)) continue;
        if (/\d/.test(prev) || field.startsWith("国") || OPENERS.test(field) || NOT_FIELD.test(field))
          continue;
        if ((TIE_FIELDS.has(field) && TIE_HEADS.has(head)) || SERVICE.test(field) || ZONE_FIELD.test(field))
          continue;
        if (!allPartners(abbr, n)) continue;
        const ce = at + m[0].length;
        const fieldAt = at + abbr.length;
        // a name read across the abbreviations' end or the head's (中欧班列…: a corridor) keeps its reading
        const across = (c: { cs: number; ce: number }) =>
          c.cs < ce && c.ce > fieldAt && !(c.cs >= fieldAt && c.ce <= ce);
        if (cands.some(across)) continue;
        add({ id: n.resolveOrRegister("Organization", norm.slice(at, ce)), cs: at, ce, method: "pattern" });
      }
    }
  },
};
