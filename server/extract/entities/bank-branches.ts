import { hanRunBefore } from "../clauses";
import { BANK_CLASS_ONLY, BANK_SHORT_NAMES, BRANCH_HEADS, LEGAL_FORMS } from "../lexicon";
import type { Names } from "./names";
import { CLAUSE_WORD_TAG, tagWords } from "./segmenter";
import type { EntityRule } from "./types";

const BRANCH = new RegExp(BRANCH_HEADS, "g");
const PLACE = /^(Province|City):/;
/** A bank's name (中国农业银行, 兴业银行) or a state bank's short name (农行) ending the text before the place. */
const BANK_BEFORE = new RegExp(`(?:银行(?:${LEGAL_FORMS})?|${BANK_SHORT_NAMES})$`);
const SHORT_NAME = new RegExp(`(?:${BANK_SHORT_NAMES})$`);

/** Where a bank's full name ending at `end` starts: the words back from it up to a clause word (与, 在,
 * 他…) or the start of the run of Han text, without a verb to open it; `end` when none. */
function bankStart(norm: string, end: number, n: Names): number {
  const from = hanRunBefore(norm, end, 10);
  const words = tagWords(norm.slice(from, end), n.cat);
  let i = words.length;
  while (i > 0 && !CLAUSE_WORD_TAG.test(words[i - 1]?.tag ?? "")) i--;
  while (i < words.length && words[i]?.tag === "v") i++;
  return i < words.length ? from + (words[i]?.start ?? 0) : end;
}

/**
 * A bank's branch named by the bank, the branch's province or city and 分行 or 支行
 * (中国农业银行江苏省分行, 兴业银行长春分行, 农行德州分行): one organisation, with the place inside it.
 * The bank's name opens the run of the name (after a stop word, a conjunction or punctuation).
 */
export const bankBranches: EntityRule = {
  name: "bank-branches",
  type: "Organization",
  priority: 2,
  find({ norm, n, add, cands }) {
    for (const m of norm.matchAll(BRANCH)) {
      const k = m.index ?? 0;
      const place = cands.find((c) => c.ce === k && PLACE.test(c.id));
      const before = place ? norm.slice(Math.max(0, place.cs - 12), place.cs) : "";
      if (!place || !BANK_BEFORE.test(before)) continue;
      const short = SHORT_NAME.exec(before);
      // (他去银行江苏分行: a clause's pronoun or verb is no part of a bank's name)
      const start = short ? place.cs - short[0].length : bankStart(norm, place.cs, n);
      // (a class of banks: 外资银行, 各商业银行; its 分行 is no branch of one bank)
      if (place.cs - start < (short ? 2 : 4) || BANK_CLASS_ONLY.test(norm.slice(start, place.cs))) continue;
      const ce = k + m[0].length;
      const parts = [{ id: place.id, cs: place.cs, ce: place.ce }];
      const id = n.resolveOrRegister("Organization", norm.slice(start, ce));
      add({ id, cs: start, ce, method: "pattern", parts });
    }
  },
};
