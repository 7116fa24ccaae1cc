import { hanRunBefore } from "../clauses";
import { longestAlternatives, PARTNER_ABBREVIATIONS, readLexicon } from "../lexicon";
import type { Names } from "./names";
import { tagWords } from "./segmenter";
import type { Candidate, EntityRule } from "./types";

const lex = readLexicon<{
  genericFields: string[];
  leads: string[];
  branchLeads: string[];
  airportEnds: string[];
  after: string[];
}>("customs-offices.json");
/** 海关 not opening a longer name (海关总署, 世界海关组织, 海关法). */
const HEAD = new RegExp(`海关(?!${longestAlternatives(lex.after)})`, "g");
const GENERIC = new Set(lex.genericFields);
const LEAD = new RegExp(`(?:${longestAlternatives(lex.leads)})`, "g");
const BRANCH_LEAD = new RegExp(`海关(?:${longestAlternatives(lex.branchLeads)})$`);
const AIRPORT_END = new RegExp(`[\\u4e00-\\u9fff]{2,4}(?:${lex.airportEnds.join("|")})$`);
/** Tags of a proper name the tagger does not place: person-like or place-like names, unknown words. */
const PROPER = /^(nr|nrt|nrfg|ns|x)$/;
const MAX_RUN = 10;

/** The field before the 海关 at `k`: the Han run after its last lead word, and whether a customs' branch
 * word (某海关所属) opens it. */
function fieldBefore(norm: string, k: number): { fs: number; branch: boolean } {
  const s = hanRunBefore(norm, k, MAX_RUN);
  let fs = s;
  for (const m of norm.slice(s, k).matchAll(LEAD)) {
    const end = s + (m.index ?? 0) + m[0].length;
    if (end < k - 1) fs = Math.max(fs, end);
  }
  return { fs, branch: BRANCH_LEAD.test(norm.slice(Math.max(0, fs - 6), fs)) };
}

/** Whether the field names the parties of a tie rather than one office: 中 and one character or partner
 * abbreviations (中哈, 中欧, 中蒙俄海关: the customs of both sides), or a side (港方, 泰方, 双方海关). */
function namesParties(field: string, n: Names): boolean {
  // 中 and one character: partners or a region of them (中哈, 中欧, 中亚), never one office's name
  if (field.endsWith("方") || /^中.$/.test(field)) return true;
  const rest = [...field.slice(1)];
  return (
    field.startsWith("中") &&
    rest.length > 0 &&
    rest.every((c) => n.cat.countryAbbr.has(c) || c in PARTNER_ABBREVIATIONS)
  );
}

/** Whether the field names one office: a proper name (乌拉特/nr), an airport (某某机场), or any noun after a
 * customs' branch word; never a word that qualifies customs in general (当地, 智慧, 双方). */
function namesOffice(field: string, branch: boolean, n: Names): boolean {
  if (field.length < 2 || field.length > 6 || GENERIC.has(field) || namesParties(field, n)) return false;
  const words = tagWords(field, n.cat);
  // after a branch word a numeral may open the name (某海关所属十八里海关); a verb, pronoun or particle ends it
  if (branch) return field.length <= 4 && !words.some((w) => /^(v|vn|d|r|p|c|u[a-z]*)$/.test(w.tag));
  if (words.some((w) => /^(v|vn|a|ad|d|t|r|m|q|p|c|u[a-z]*|f|l)$/.test(w.tag))) return false;
  if (AIRPORT_END.test(field)) return true;
  return words.length === 1 && PROPER.test(words[0]?.tag ?? "");
}

/**
 * Customs offices named by a proper name that is no gazetteer place (乌拉特海关, 某某机场海关, 拱北海关所属横琴海关):
 * the Han run before 海关 after its last lead word (与, 由, 据, 所属: data/lexicon/customs-offices.json), of two to
 * six characters, read as one proper name, an airport, or a name after a customs' branch word (所属, 下属).
 * A place-led customs (南宁海关) and any name another rule read across the run are left to those rules; words
 * qualifying customs in general (当地海关, 智慧海关) and the parties of a tie (中哈海关, 港方海关) name no office.
 */
export const customsOffices: EntityRule = {
  name: "customs-offices",
  type: "Organization",
  priority: 1,
  find({ norm, n, add, cands }) {
    if (!norm.includes("海关")) return;
    for (const m of norm.matchAll(HEAD)) {
      const k = m.index ?? 0;
      const { fs, branch } = fieldBefore(norm, k);
      if (cands.some((c: Candidate) => c.cs < k + 2 && c.ce > fs)) continue;
      if (!namesOffice(norm.slice(fs, k), branch, n)) continue;
      const ce = k + 2;
      add({ id: n.resolveOrRegister("Organization", norm.slice(fs, ce)), cs: fs, ce, method: "pattern" });
    }
  },
};
