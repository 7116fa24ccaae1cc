import { hanRunBefore } from "../clauses";
import {
  CLAUSE_LINKS,
  CLAUSE_TIMES,
  charClass,
  entityAlt,
  NAME_FUNCTION_CHARS,
  NAME_OPENER_CHARS,
  readLexicon,
} from "../lexicon";
import type { EntityRule } from "./types";

/** data/lexicon/shipping-lines.json: trade bases, what follows a firm's name, verbs of running lines, inclusion
 * words and the heads of firm partners. */
const LEXICON = readLexicon<{
  tradeBases: string[];
  firmAfter: string[];
  lineVerbs: string[];
  inclusionWords: string[];
  partnerHeads: string[];
  partnerCount: string;
}>("shipping-lines.json");
/** What must follow a short name that is no known place (as a regex source, "firmAfter"): a legal form, a
 * bracketed abbreviation, a list of firms or their count (海丰航运、宏达航运2家船公司), running a line with another
 * (宏达航运联合…) or a rank (宏达航运排名第30位); 中远海运在… is left to the catalog and the company rules. */
const FIRM_TAIL = LEXICON.firmAfter.join("|");
/** What may follow a known place's trade word when it names a firm: the firm's tail or a verb of running
 * lines ("lineVerbs": 地中海航运首次…, 地中海航运开通…); not a partner or a closing bracket (日本海运与韩国海运合作
 * is two places' trades). */
const PLACE_TAIL = `${FIRM_TAIL}|${LEXICON.lineVerbs.join("|")}`;
/**
 * A shipping line's trade word (航运, 海运, 船务) followed by what a company does or is (PLACE_TAIL), or a
 * partner or closing bracket (kept by firmAfter only for a firm partner or a bracketed name). Particles, the
 * copula, prepositions and conjunctions (日本海运的发展, 日本海运和韩国海运) follow the trade of a place as well.
 */
const LINE = new RegExp(`(${entityAlt("shipTradeWords")})(?=${PLACE_TAIL}|[与及]|[）)])`, "g");
/** Whether a text holds a trade word at all (a test before the matches). */
const TRADE_WORD = new RegExp(entityAlt("shipTradeWords"));
/** The tail after a known place's trade word; FIRM_AFTER below, the one after a short name. */
const PLACE_FIRM_AFTER = new RegExp(`^(${PLACE_TAIL})`);
/** Prepositions and particles that may open the run before the name (该航线由万海航运…: the name starts after
 * the last), the shared openers and the prepositions of agents and sources. */
const OPENERS = `${NAME_OPENER_CHARS}据从为将把被`;
/** Bases that make the phrase a trade, not a firm (国际航运, 远洋海运, 集装箱航运…: data/lexicon/shipping-lines.json). */
const GENERIC = new RegExp(`^(${LEXICON.tradeBases.join("|")})$`);
/** What must follow a short name that is no known place (FIRM_TAIL). */
const FIRM_AFTER = new RegExp(`^(${FIRM_TAIL})`);
/** A partner the firm signs with, joins or allies with (鸿达航运与某某集团签约), read by firmAfter. */
const PARTNER = new RegExp(`^[与及]([^，,。；;！？、]{1,12}?)(?:${entityAlt("shipPartnerVerbs")})`);
/** A partner that is a firm: its name ends with a company's or a line's head, or counts firms (两家船公司; not
 * 各国专家, 国家文旅, 多家科研机构). */
const PARTNER_HEAD = new RegExp(`(?:${LEXICON.partnerHeads.join("|")}|${LEXICON.partnerCount})$`);
/** Words that open a bracketed part of a trade (（含内河航运）, （包括航运）): no name. */
const INCLUSION = new RegExp(`^(${LEXICON.inclusionWords.join("|")})`);
/** Time and linking words that open a clause (此前海运…, 目前航运…, 过去海运…): no name. */
const TIME = new RegExp(`^(${CLAUSE_TIMES}|${CLAUSE_LINKS}|${entityAlt("shipClauseOpeners")})`);
/** A company form closing the name (集团有限公司, 有限公司, 公司). */
const COMPANY = new RegExp(`^(${entityAlt("shipCompanyForms")})`);
/** Characters no firm's short name holds: the shared function characters, 其 and conjunctions. */
const IN_NAME_STOP = charClass(NAME_FUNCTION_CHARS, "其和与及");

/**
 * Whether what follows the short name norm[cs, k) and its trade word makes it a firm: FIRM_AFTER; a partner
 * that is an organisation or a firm (鸿达航运与某某集团签约: not 邮轮航运与旅游业合作, a trade with a sector);
 * or a closing bracket when an opening bracket opens the name with no inclusion word (（鸿达航运）: not （含内河航运）).
 */
function firmAfter(
  norm: string,
  cands: readonly { id: string; cs: number }[],
  cs: number,
  k: number,
): boolean {
  const after = norm.slice(k + 2);
  if (FIRM_AFTER.test(after)) return true;
  const partner = PARTNER.exec(after);
  if (partner) {
    const at = k + 3;
    return (
      PARTNER_HEAD.test(partner[1] ?? "") ||
      cands.some((c) => c.cs === at && c.id.startsWith("Organization:"))
    );
  }
  return /^[）)]/.test(after) && /[（(]/.test(norm[cs - 1] ?? "") && !INCLUSION.test(norm.slice(cs, k));
}

/**
 * Shipping lines named by a short name and their trade word (地中海航运, 中联航运, 长荣海运公司): a firm, not a
 * sea or place with the shipping sector beside it. The name is a known place written before the trade word
 * (地中海航运), or a run of two to three Han characters after punctuation or a preposition, followed by a
 * legal form, a bracketed abbreviation or a list of firms (该航线由万海航运、运达航运…).
 */
export const shippingLines: EntityRule = {
  name: "shipping-lines",
  type: "Organization",
  priority: 1,
  find({ norm, n, add, cands }) {
    if (!TRADE_WORD.test(norm)) return;
    for (const m of norm.matchAll(LINE)) {
      const k = m.index ?? 0;
      const from = hanRunBefore(norm, k, 8);
      const places = n.placesIn(norm.slice(from, k));
      const last = places[places.length - 1];
      let cs = -1;
      if (last && from + last.end === k)
        cs = PLACE_FIRM_AFTER.test(norm.slice(k + 2)) ? from + last.start : -1;
      else {
        const run = norm.slice(from, k);
        const base = run.slice(Math.max(...[...OPENERS].map((c) => run.lastIndexOf(c))) + 1);
        if (base.length >= 2 && base.length <= 3 && firmAfter(norm, cands, k - base.length, k))
          cs = k - base.length;
      }
      if (cs < 0) continue;
      const base = norm.slice(cs, k);
      if (GENERIC.test(base) || TIME.test(base) || IN_NAME_STOP.test(base)) continue;
      const company = COMPANY.exec(norm.slice(k + 2))?.[0].length ?? 0;
      const name = norm.slice(cs, k + 2 + company);
      add({ id: n.resolveOrRegister("Organization", name), cs, ce: k + 2 + company, method: "pattern" });
    }
  },
};
