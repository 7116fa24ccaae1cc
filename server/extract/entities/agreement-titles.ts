import { GENERIC_AGREEMENT_TITLE, readLexicon } from "../lexicon";
import { FTA_WORDS, formalFtaParties, ftaId, ftaPairBefore, pairChina, partnerCountry } from "./fta-names";
import type { Names, Span } from "./names";
import { titlePair } from "./party-named-agreements";
import type { EntityRule, Mention } from "./types";
import { worldName } from "./world-countries";

const DOC = readLexicon<{
  documentHeads: string[];
  cooperationWords: string[];
  pairOpeners: string[];
  quoteMarks: string[][];
  agreementHeads: string[];
  arrangementHeads: string[];
  referenceDemonstratives: string[];
}>("agreement-titles.json");
const DOCUMENT_HEAD = new RegExp(`(?:${DOC.documentHeads.join("|")})$`);
const COOPERATION = new RegExp(DOC.cooperationWords.join("|"));
/** The words closing an agreement's name (协定, 协议: agreement-titles.json agreementHeads). */
const AGREEMENT_HEAD = DOC.agreementHeads.join("|");
/** A quoted name ending in an agreement's head word after one character at least. */
const QUOTED_HEAD = new RegExp(`.(?:${AGREEMENT_HEAD})$`);
/** A title in 《》 ending in an agreement's head word or an arrangement's (arrangementHeads: …伙伴关系安排). */
const TITLE_HEAD = new RegExp(`.(?:${AGREEMENT_HEAD}|${DOC.arrangementHeads.join("|")})$`);
/** A short reference to a title named before it (《协定》, 《该协定》: referenceDemonstratives and a head word). */
const BARE_TITLE = new RegExp(`^(?:${DOC.referenceDemonstratives.join("|")})?(?:${AGREEMENT_HEAD})$`);

const ENDS_FTA = new RegExp(`(?:${FTA_WORDS})$`);

/** A bilateral agreement's title (《马尔代夫中国自由贸易协定》, formal titles) as 中国-X自由贸易协定. */
function bilateralTitle(n: Names, title: string, k: number): { id: string; parts: Span[] } | null {
  const word = ENDS_FTA.exec(title);
  if (!word) return null;
  const head = title.slice(0, word.index);
  // a formal title's parties are its parts (China where written, the partner with its state form)
  const formal = formalFtaParties(n, head);
  if (formal) {
    const part = (id: string, [cs, ce]: [number, number]) => ({ id, cs: k + cs, ce: k + ce });
    return {
      id: ftaId(n, formal.partner, title),
      parts: [part("Country:中国", formal.china), part(formal.partner, formal.other)],
    };
  }
  const pair = ftaPairBefore(n, head, head.length);
  if (pair?.cs !== 0) return null;
  // China written in full in the pair is a part too (《中国—X自由贸易协定》), so both parties align (named-parties.ts)
  const china = pairChina(head, pair.part);
  const parts = [{ ...pair.part, cs: k + pair.part.cs, ce: k + pair.part.ce }];
  if (china) parts.push({ id: "Country:中国", cs: k + china[0], ce: k + china[1] });
  return { id: ftaId(n, pair.partner, title), parts };
}

/**
 * A cooperation agreement of Chinese places (《兰州市与连云港市区域合作发展战略协议》, 《上海江苏浙江
 * 自由贸易试验区联动发展战略合作框架协议》): a title that opens with a city or province and is a 合作…协议
 * is a local government's document, no trade agreement.
 */
function domesticCooperation(n: Names, title: string): boolean {
  if (!/协议$/.test(title) || !title.includes("合作")) return false;
  const p = n.cat.placePrefix(title);
  return !!p && /^(City|Province):/.test(p.id);
}

/** International bodies and blocs by name (international-bodies.json: 上海合作组织, 上合组织, 欧亚经济联盟 …). */
const BODIES = readLexicon<{ bodies: Record<string, string>; variants: Record<string, string> }>(
  "international-bodies.json",
);
const BODY_NAMES = [...Object.keys(BODIES.bodies), ...Object.keys(BODIES.variants)];

/** Whether a country (catalog or gazetteer name, two characters or more) is written at `i` in the title. */
function countryAt(n: Names, title: string, i: number): boolean {
  for (let j = Math.min(i + 8, title.length); j >= i + 2; j--) {
    const s = title.slice(i, j);
    if (n.cat.places.get(s)?.startsWith("Country:") || worldName(s)) return true;
  }
  return false;
}

/**
 * Whether a title is one between countries or blocs: it names a country anywhere (《广东与新加坡经贸合作协议》,
 * 《中国—老挝铁路合作协议》), opens with 中 and a partner's one-character abbreviation (《中俄能源合作协议》,
 * fta-names.ts partnerCountry), or opens with an international body or bloc (《上海合作组织成员国海关合作协议》).
 */
function betweenCountries(n: Names, title: string): boolean {
  if (title[0] === "中" && partnerCountry(n, title.slice(1, 2))) return true;
  if (BODY_NAMES.some((b) => title.startsWith(b))) return true;
  for (let i = 0; i + 2 <= title.length; i++) if (countryAt(n, title, i)) return true;
  return false;
}

/**
 * A cooperation document between bodies, companies or places (《某集团与某港建立友好港口正式协议》, 《甲乙丙投资贸易合作
 * 协议》, 《共同推广某产品战略合作协议》; agreement-titles.json): a 协议 title with a cooperation word that names no
 * country or bloc (see betweenCountries) nor opens with the two sides of the strait, and that the catalog lacks, is a
 * document, no agreement.
 */
function bodiesCooperation(n: Names, title: string): boolean {
  if (!DOCUMENT_HEAD.test(title) || !COOPERATION.test(title)) return false;
  if (DOC.pairOpeners.some((p) => title.startsWith(p)) || betweenCountries(n, title)) return false;
  return !n.cat.resolve(title, ["Agreement"]);
}

/**
 * Drops the names written inside a cooperation document's title (see bodiesCooperation): a document is no entity,
 * and the bodies and places written only in its title are not counted (《某集团与某港建立友好港口正式协议》).
 */
export function dropCooperationTitleNames(norm: string, out: Mention[], n: Names): void {
  if (!norm.includes("《")) return;
  for (const m of norm.matchAll(/《([^《》]{2,40})》/g)) {
    if (!bodiesCooperation(n, m[1] ?? "")) continue;
    const [cs, ce] = [(m.index ?? 0) + 1, (m.index ?? 0) + 1 + (m[1] ?? "").length];
    for (let k = out.length - 1; k >= 0; k--) {
      const x = out[k];
      if (x && x.cs >= cs && x.ce <= ce) out.splice(k, 1);
    }
  }
}

/** Quotation marks that may enclose an agreement's name (「…」, 『…』; agreement-titles.json quoteMarks). */
const QUOTED = DOC.quoteMarks.map(([o, c]) => new RegExp(`${o}([^${o}${c}]{2,40})${c}`, "g"));

/**
 * An agreement's name in quotation marks (texts of Taiwan and Hong Kong: 完成签署「台湾与某国经济合作协定」): a name the
 * catalog has, or one whose own words open with its two parties (party-named-agreements.ts titlePair), as written with
 * both parties as its parts; any other quoted words (「自贸协定」, 「某某协议」) name none.
 */
function quotedAgreements(norm: string, n: Names, add: (m: Mention) => void): void {
  for (const re of QUOTED)
    for (const m of norm.matchAll(re)) {
      const title = m[1] ?? "";
      if (!QUOTED_HEAD.test(title)) continue;
      const k = (m.index ?? 0) + 1;
      const known = n.cat.resolve(title, ["Agreement"]);
      const pair = known ? undefined : titlePair(n, title);
      const parts = (pair ?? []).map((p) => ({ ...p, cs: k + p.cs, ce: k + p.ce }));
      if (known?.startsWith("Agreement:") || pair)
        add({
          id: known ?? n.ensure("Agreement", title),
          cs: k,
          ce: k + title.length,
          method: "pattern",
          parts,
        });
    }
}

/**
 * Agreements: 《…协定》 titles; a bilateral FTA's title (formal or by its pair) is named 中国-X自由贸易协定
 * (fta-names.ts), with the written title as an alias. A cooperation agreement between Chinese places
 * is none, nor a title of kind words alone (《经济合作协议》) the catalog lacks.
 */
export const agreementTitles: EntityRule = {
  name: "agreement-titles",
  type: "Agreement",
  priority: 3,
  find({ norm, n, add }) {
    quotedAgreements(norm, n, add);
    for (const m of norm.matchAll(/《([^《》]{2,40})》/g)) {
      const title = m[1] ?? "";
      // a bare 《协定》 is a short reference to a title named before it, not a name
      if (!TITLE_HEAD.test(title) || BARE_TITLE.test(title)) continue;
      if (domesticCooperation(n, title) || bodiesCooperation(n, title)) continue;
      const k = (m.index ?? 0) + 1;
      const fta = bilateralTitle(n, title, k);
      if (fta) {
        add({ id: fta.id, cs: k, ce: k + title.length, method: "pattern", parts: fta.parts });
        continue;
      }
      // a title of kind words alone (双方洽签《经济合作协议》) names none unless the catalog has it
      if (GENERIC_AGREEMENT_TITLE.test(title) && !n.cat.resolve(title, ["Agreement"])) continue;
      const id = n.resolveOrRegister("Agreement", title);
      add({
        id,
        cs: k,
        ce: k + title.length,
        method: n.cat.get(id)?.inCatalog ? "catalog" : "pattern",
        parts: n.agreementParties(id, title, k),
      });
    }
  },
};
