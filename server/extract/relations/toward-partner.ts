import type { Catalog } from "../catalog";
import type { Mention } from "../entities/types";
import { REGION_ABBREVIATIONS, trigger } from "../lexicon";
import { homeProvince } from "./compound-partners";
import { pointAt, pushPartners } from "./cooperate";
import type { RelationRule } from "./types";

const SUBJECT = ["FreeTradeZone", "Area", "Province", "City", "DevZone"];
/**
 * What 对 + a one-character partner qualifies: dealings with that partner (对台投资, 对俄贸易, 对日经贸交流;
 * triggers.json "dealingNouns").
 */
const DEALINGS = new RegExp(`^(${trigger("dealingNouns").source})`);

/**
 * After the dealing noun, a word that negates the dealings (triggers.json "dealingNegators": 对美出口管制, 对缅口岸暂时
 * 关闭, 航线暂停运营): restrictions, not a partnership.
 */
const DEALING_NEGATED = new RegExp(`^[^，,；;。！？!?]{0,4}?(${trigger("dealingNegators").source})`);
/**
 * A word in the same clause that reverses or lessens the negator (triggers.json "dealingNegatorReversals": 限制逐步放宽,
 * 摩擦较少, 不受制裁影响, 关闭后重新开放): the dealings go on, the negator does not count.
 */
const REVERSED = new RegExp(`^[^，,；;。！？!?]*?(${trigger("dealingNegatorReversals").source})`);
/**
 * One-character abbreviations too ambiguous after 对 (triggers.json "towardAmbiguousAbbr": 乌 of 乌克兰 or 乌兹别克斯坦,
 * 澳 of 澳门 or 澳大利亚 unless right after 港/台: 对港澳).
 */
const AMBIGUOUS = new RegExp(`^(${trigger("towardAmbiguousAbbr").source})$`);

/**
 * The partner a one-character abbreviation names: a country, a province, or 港/澳/台; after 港/澳/台 one of these
 * first (对港澳: 澳门, not 澳大利亚), else none for an ambiguous one.
 */
export function partnerOf(c: string, cat: Catalog, prev = ""): string | undefined {
  if (REGION_ABBREVIATIONS[prev] && REGION_ABBREVIATIONS[c]) return REGION_ABBREVIATIONS[c];
  if (AMBIGUOUS.test(c)) return undefined;
  return cat.countryAbbr.get(c) ?? cat.provinceAbbr.get(c) ?? REGION_ABBREVIATIONS[c];
}

/**
 * The partners of 对 at `at`: one to three one-character abbreviations (对日韩), also a list of such 对 phrases
 * joined by 、和及 that share the dealings written after the last (对俄、对欧贸易), and where they end.
 */
function partnersFrom(norm: string, at: number, cat: Catalog): { partners: string[]; k: number } {
  const partners: string[] = [];
  let k = at + 1;
  for (;;) {
    const from = k;
    while (k - from < 3) {
      const p = partnerOf(norm[k] ?? "", cat, norm[k - 1]);
      if (!p) break;
      partners.push(p);
      k++;
    }
    // (对哈、对乌贸易: an ambiguous item inside a list is skipped, the list read on)
    const listed = partners.length > 0 || /^.[、和及]对/.test(norm.slice(k));
    if (k === from && listed && AMBIGUOUS.test(norm[k] ?? "")) k++;
    else if (k === from) return { partners, k };
    const next = norm[k + 2] ?? "";
    if (!/^[、和及]对/.test(norm.slice(k)) || !(partnerOf(next, cat) || AMBIGUOUS.test(next)))
      return { partners, k };
    k += 2;
  }
}

/**
 * The dealings 对 at `at` names (partnersFrom, then a word of dealingNouns right after the partners, not negated by
 * dealingNegators unless reversed): the partners and where the dealing noun ends, or none (对美好生活, 对法律服务,
 * 对美出口管制). Read by predecessors.ts too.
 */
export function dealingsAt(
  norm: string,
  at: number,
  cat: Catalog,
): { partners: string[]; end: number } | undefined {
  const { partners, k } = partnersFrom(norm, at, cat);
  const dealing = DEALINGS.exec(norm.slice(k));
  if (partners.length === 0 || !dealing) return undefined;
  const end = k + dealing[0].length;
  if (DEALING_NEGATED.test(norm.slice(end)) && !REVERSED.test(norm.slice(end))) return undefined;
  return { partners, end };
}

/**
 * A province's and a country's one-character abbreviations written together right after 对 (对湘非经贸合作, 对滇缅贸易):
 * a compound naming the two sides of the dealings, the province first; that province's id, if so.
 */
function pairProvince(norm: string, at: number, cat: Catalog): string | undefined {
  const first = partnerOf(norm[at + 1] ?? "", cat);
  const second = partnerOf(norm[at + 2] ?? "", cat, norm[at + 1]);
  return first?.startsWith("Province:") && second?.startsWith("Country:") ? first : undefined;
}

/**
 * The partners of subject `s` after a province-country compound (pairProvince): the subject that is that province
 * (湖南省加强对湘非经贸合作) deals with the country, not with itself; a place inside it (长沙…对湘非经贸合作具有重大
 * 意义: catalog parent, compound-partners.ts homeProvince) is neither side and gets none; any other subject reads
 * the partners as before. Without a compound, `partners` as they are.
 */
function partnersOfSubject(
  s: Mention,
  partners: string[],
  province: string | undefined,
  cat: Catalog,
): string[] {
  if (!province || homeProvince(s.id, cat) !== province) return partners;
  return s.id === province ? partners.filter((p) => p !== province) : [];
}

/**
 * Dealings with a partner named by its one-character abbreviation after 对 (厦门在对台投资方面谋求
 * 创新, 扩大对俄贸易, 推进对日经贸交流; 对日韩 names two): COOPERATES_WITH from the clause's subject
 * (the shared choice) to each partner, also of a list 对俄、对欧贸易. Not 相对, 针对, 面对, 应对, 反对, 绝对 (no partner), nor China;
 * nor right after a country (我国对缅贸易: that country's dealings, whatever the clause is about). China
 * joined to the subject (中国和黑龙江对俄开放) deals with the partner too; no other country joined so does
 * (美国和广东省对越出口: a foreign country's dealings are not China's partnership). A province and a country
 * written together (对湘非经贸合作) are read from the subject's side (partnersOfSubject).
 */
export const towardPartner: RelationRule = {
  name: "toward-partner",
  types: ["COOPERATES_WITH"],
  find({ norm, ms, cat, push, subjectBefore }) {
    // (where the last list of 对 phrases ended: its later 对 are read with it)
    let listEnd = -1;
    for (const t of norm.matchAll(/(?<![相针面应反绝核比])对/g)) {
      const at = t.index ?? 0;
      if (at < listEnd || ms.some((m) => m.cs <= at + 1 && at + 1 < m.ce)) continue;
      const { partners, k } = partnersFrom(norm, at, cat);
      listEnd = k;
      if (partners.length === 0 || !DEALINGS.test(norm.slice(k)) || partners.includes("Country:中国"))
        continue;
      // 我国对缅贸易, 中国对美出口: the dealings of the country written before 对, not the clause's subject
      if (/(我国|全国|中国|国家)$/.test(norm.slice(Math.max(0, at - 2), at))) continue;
      if (ms.some((m) => m.ce === at && m.id.startsWith("Country:"))) continue;
      const found = subjectBefore(pointAt(at), SUBJECT);
      // (黑河片区与哈尔滨片区将…扩大对俄贸易: the side written first, not the one after 与)
      const s =
        (found &&
          ms.find(
            (m) =>
              m.ce < found.cs &&
              /^(与|同)$/.test(norm.slice(m.ce, found.cs)) &&
              SUBJECT.includes(m.id.slice(0, m.id.indexOf(":"))),
          )) ??
        found;
      if (!s) continue;
      const own = partnersOfSubject(s, partners, pairProvince(norm, at, cat), cat);
      if (own.length === 0) continue;
      const end = k + (DEALINGS.exec(norm.slice(k))?.[0].length ?? 0);
      if (DEALING_NEGATED.test(norm.slice(end)) && !REVERSED.test(norm.slice(end))) continue;
      pushPartners(push, s, own, at, end);
      // (中国和黑龙江对俄开放: China joined to the subject right before it deals with the partner too)
      const joined = ms.find(
        (m) => m.ce === s.cs - 1 && /[和及、]/.test(norm[m.ce] ?? "") && m.id === "Country:中国",
      );
      if (joined && s.ce <= at) pushPartners(push, joined, own, at, end);
    }
  },
};
