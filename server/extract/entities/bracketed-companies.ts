import {
  BRACKETED_LINE_STOPS,
  BRACKETED_PARTS,
  LEGAL_FORMS,
  POINTING_CHARS,
  VERBAL_BUSINESS_LINES,
} from "../lexicon";
import type { Names } from "./names";
import { CLAUSE_WORD_TAG, NOT_IN_NAME_TAG, tagWords } from "./segmenter";
import type { EntityRule } from "./types";

/** A bracketed word of two to four Han characters right before a company's legal form, or before a business
 * line of one to eight Han characters that runs up to it (某某(重庆)供应链管理有限公司). */
const BRACKETED = new RegExp(`\\(([\\u4e00-\\u9fff]{2,4})\\)([\\u4e00-\\u9fff]{0,8}?)(${LEGAL_FORMS})`, "g");

/** A business line after the brackets is read only when its words are nouns (物流供应链, 能源, 进出口), none
 * a place or a zone's, port's or park's head (name-heads.json bracketedLineStops: 中国(上海)自由贸易试验区…
 * is a zone's name), and the name before the brackets opens with no place (a place there names a zone or a
 * project, 某某(重庆)示范项目: the brand alone opens a company's name). */
function businessLineAfter(line: string, before: string, n: Names): boolean {
  if (!line) return true;
  if (n.startsWithPlace(before) || BRACKETED_LINE_STOPS.some((w) => line.includes(w))) return false;
  return tagWords(line, n.cat).every(
    (w) => (w.tag === "vn" || !NOT_IN_NAME_TAG.test(w.tag)) && !n.cat.places.get(w.word),
  );
}

/** A character the segmenter reads as a measure word with no numeral or pronoun before it opens a brand
 * (钧石: 钧), not a count (一家, 该批). */
function brandMeasure(tag: string, prev: string): boolean {
  return tag === "q" && prev !== "m" && prev !== "r";
}

/** Tags of a proper name the segmenter knows (那曲/nr): such a word is no demonstrative and its measure word. */
const PROPER_NAME_TAG = /^(nr|ns|nz)/;

/**
 * How far into the run a demonstrative or a count and its measure word reach (该批, 此家, 各批: lexicon.ts
 * POINTING_CHARS, the measure a character the segmenter reads alone as one): the phrase points to or counts
 * things, so a name starts after it. Read by characters, since the segmenter joins such a pair to unknown words
 * (这批, 悉此|批); a proper name so written (那曲/nr) is no such pair.
 */
function afterPointing(run: string, n: Names): number {
  let at = 0;
  for (let i = 0; i + 1 < run.length; i++) {
    if (!POINTING_CHARS.includes(run[i] ?? "") || tagWords(run[i + 1] ?? "", n.cat)[0]?.tag !== "q") continue;
    const pair = tagWords(run.slice(i, i + 2), n.cat);
    if (pair.length !== 1 || !PROPER_NAME_TAG.test(pair[0]?.tag ?? "")) at = i + 2;
  }
  return at;
}

/** Where the name really starts: after the clause words that open the run before the brackets and after
 * the last preposition or conjunction in it (青岛市政府与|某港(集团)有限公司); none (`k`) when a verb alone
 * is left (填写(控股)有限公司: the verb is the clause's; 远航贸易 is a brand). */
function afterClauseWords(norm: string, start: number, k: number, n: Names): number {
  let at = start;
  let prev = "";
  const words = tagWords(norm.slice(start, k), n.cat);
  for (const w of words) {
    if (w.tag === "p" || w.tag === "c") at = start + w.end;
    else if (w.start + start === at && CLAUSE_WORD_TAG.test(w.tag) && !brandMeasure(w.tag, prev))
      at = start + w.end;
    prev = w.tag;
  }
  const rest = words.filter((w) => w.start + start >= at);
  return rest.length === 1 && rest[0]?.tag === "v" ? k : at;
}

/**
 * Companies with a bracketed place or group word: 智臻人工智能科技（上海）有限公司, 某某港(集团)有限公司
 * (data/lexicon/name-heads.json bracketedParts). The brackets stay as the text writes them
 * (卓越物流(南昌)有限公司 keeps half-width ones), as every annotation spells such names.
 */
export const bracketedCompanies: EntityRule = {
  name: "bracketed-companies",
  type: "Organization",
  priority: 2,
  find({ norm, clean, n, add }) {
    for (const m of norm.matchAll(BRACKETED)) {
      const k = m.index ?? 0;
      const word = m[1] ?? "";
      if (!n.cat.places.get(word) && !BRACKETED_PARTS.includes(word)) continue;
      // a business line read as a verb right before the brackets (某地港口投资建设(集团)有限公司: name-heads.json
      // verbalBusinessLines) is the firm's, not the clause's verb ending the run: the name's run is read up to
      // it, and must then open with a place (not 讨论建设(集团)有限公司)
      const line = VERBAL_BUSINESS_LINES.find((w) => norm.endsWith(w, k));
      const end = k - (line?.length ?? 0);
      const opened = afterClauseWords(norm, n.nameStart(norm, end, 12), end, n);
      const start = opened + afterPointing(norm.slice(opened, end), n);
      if (k - start < 2 || (line && (start >= end || !n.startsWithPlace(norm.slice(start, k))))) continue;
      const after = m[2] ?? "";
      if (!businessLineAfter(after, norm.slice(start, k), n)) continue;
      const close = k + word.length + 1;
      const open = clean?.[k] === "(" ? "(" : "（";
      const shut = clean?.[close] === ")" ? ")" : "）";
      const name = `${norm.slice(start, k)}${open}${word}${shut}${after}${m[3]}`;
      const id = n.cat.resolve(name, ["Organization"]) ?? n.ensure("Organization", name);
      add({ id, cs: start, ce: k + m[0].length, method: "pattern" });
    }
  },
};
