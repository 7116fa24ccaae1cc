import { BRACKETED_PARTS, LEGAL_FORMS, VERBAL_BUSINESS_LINES } from "../lexicon";
import type { Names } from "./names";
import { CLAUSE_WORD_TAG, tagWords } from "./segmenter";
import type { EntityRule } from "./types";

/** A bracketed word of two to four Han characters right before a company's legal form. */
const BRACKETED = new RegExp(`\\(([\\u4e00-\\u9fff]{2,4})\\)(${LEGAL_FORMS})`, "g");

/** Where the name really starts: after the clause words that open the run before the brackets and after
 * the last preposition or conjunction in it (青岛市政府与|某港(集团)有限公司); none (`k`) when a verb alone
 * is left (填写(控股)有限公司: the verb is the clause's; 远航贸易 is a brand). */
function afterClauseWords(norm: string, start: number, k: number, n: Names): number {
  let at = start;
  const words = tagWords(norm.slice(start, k), n.cat);
  for (const w of words) {
    if (w.tag === "p" || w.tag === "c") at = start + w.end;
    else if (w.start + start === at && CLAUSE_WORD_TAG.test(w.tag)) at = start + w.end;
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
      const start = afterClauseWords(norm, n.nameStart(norm, end, 12), end, n);
      if (k - start < 2 || (line && (start >= end || !n.startsWithPlace(norm.slice(start, k))))) continue;
      const close = k + word.length + 1;
      const open = clean?.[k] === "(" ? "(" : "（";
      const shut = clean?.[close] === ")" ? ")" : "）";
      const name = `${norm.slice(start, k)}${open}${word}${shut}${m[2]}`;
      const id = n.cat.resolve(name, ["Organization"]) ?? n.ensure("Organization", name);
      add({ id, cs: start, ce: k + m[0].length, method: "pattern" });
    }
  },
};
