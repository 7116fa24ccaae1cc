import { clauseEnd, clauseStart } from "../clauses";
import { COPULA_ADVERBS, trigger } from "../lexicon";
import {
  CHINA_REGIONS_AFTER,
  CHINA_SUBJECTS,
  FRAME_SUBJECT_NOT_HEADS,
  FTA_WORDS,
  ftaId,
  ftaPairBefore,
  JOINERS,
  PAIR_WORDS,
  partnerCountry,
  TIME_FRAME,
} from "./fta-names";
import type { Names } from "./names";
import type { Candidate, EntityRule } from "./types";

const FTA = new RegExp(`(?:${FTA_WORDS})`, "g");
/** China as a party: not the locator of one of its regions (中国香港特别行政区). */
const CHINA = `(?:${CHINA_SUBJECTS.join("|")})(?!${CHINA_REGIONS_AFTER.join("|")})`;
const JOINER = `(?:${JOINERS.join("|")})`;
/** China joined to a party: 中国与…, 中国大陆和…, …与我国; adverbs may stand between (中国也与冰岛…, 中国已同…). */
const CHINA_JOINED = new RegExp(`${JOINER}${CHINA}|${CHINA}(?:${COPULA_ADVERBS})*${JOINER}`);
/** A one-character pair as its clause's subject: 中格两国, 中秘双方. */
const ABBR_PAIR = new RegExp(`中([\\u4e00-\\u9fff])(?:${PAIR_WORDS.join("|")})`, "g");
/** A country followed by these is one of several (中国与新西兰、澳大利亚…, 与东盟等…, 与非洲国家, 欧亚地区). */
const ONE_OF_SEVERAL = /^(?:、|等|及|以及|国家|各国|地区)/;

/**
 * A joiner right after a clause's subject and before another party than China: the subject is one of several
 * (马尔代夫和斯里兰卡都…, 秘鲁同智利一道…; not 同比, 跟上, nor 冰岛与中国的贸易…, the pair itself).
 */
const SUBJECT_JOINED = new RegExp(`^(?:[和与及]|同(?![比期时样步意])|跟(?![上进随着]))(?!${CHINA})`);

/** The single partner of China that the clause norm[a, pos) names as a pair, or undefined. */
function clausePartner(norm: string, a: number, pos: number, n: Names, cands: readonly Candidate[]) {
  const text = norm.slice(a, pos);
  const partners = new Set<string>();
  for (const m of text.matchAll(ABBR_PAIR)) {
    const id = partnerCountry(n, m[1] ?? "");
    if (id) partners.add(id);
  }
  if (CHINA_JOINED.test(text))
    for (const c of cands) {
      if (!c.id.startsWith("Country:") || c.id === "Country:中国" || c.cs < a || c.ce > pos) continue;
      // a world region is no party of a bilateral agreement (中国与欧洲国家签署的第一个自贸协定)
      const kind = n.cat.get(c.id)?.properties.kind;
      if (kind === "region" || kind === "continent") return undefined;
      if (ONE_OF_SEVERAL.test(norm.slice(c.ce))) return undefined;
      partners.add(c.id);
    }
  return partners.size === 1 ? [...partners][0] : undefined;
}

/** China opening a clause (中国开始…, 我国…). */
const CHINA_OPENS = new RegExp(`^${CHINA}`);
/** A joiner at the end of a text (…与), and a joiner right before China (与中国). */
const JOINER_LAST = new RegExp(`${JOINER}$`);
const JOINED_CHINA = new RegExp(`${JOINER}${CHINA}`);
/**
 * A head right after a country that makes it a modifier of the next clause's subject (日本企业, 美国游客, 韩国媒体:
 * triggers.json personHeads, companyKinds, peopleGroups and fta-names.json frameSubjectNotHeads).
 */
const MODIFIER_OF = new RegExp(
  `^(?:${[trigger("personHeads"), trigger("companyKinds"), trigger("peopleGroups")].map((r) => r.source).join("|")}|${FRAME_SUBJECT_NOT_HEADS.join("|")})`,
);

/**
 * The partner when the agreement word's clause is a fronted time frame naming one party of the pair and
 * the next clause opens with the other as its subject (在与中国正式签署自由贸易协定后，厄瓜多尔成为…;
 * 自2008年同新西兰签订自由贸易协定起，中国开始…): the country after 与/同 in the frame, or the subject.
 */
function framePartner(norm: string, a: number, pos: number, n: Names, cands: readonly Candidate[]) {
  const b = clauseEnd(norm, pos);
  if (!TIME_FRAME.test(norm.slice(a, b)) || !/[，,]/.test(norm[b] ?? "")) return undefined;
  const next = b + 1;
  const joined = (c: Candidate) => JOINER_LAST.test(norm.slice(a, c.cs));
  const country = (c: Candidate) => c.id.startsWith("Country:") && c.id !== "Country:中国";
  if (CHINA_OPENS.test(norm.slice(next))) {
    const inFrame = cands.filter((c) => country(c) && c.cs >= a && c.ce <= pos && joined(c));
    const one = inFrame.length === 1 && !ONE_OF_SEVERAL.test(norm.slice(inFrame[0]?.ce));
    return one ? inFrame[0]?.id : undefined;
  }
  if (!JOINED_CHINA.test(norm.slice(a, pos))) return undefined;
  const subject = cands.filter((c) => country(c) && c.cs === next).sort((x, y) => y.ce - x.ce)[0];
  // (a subject joined to another is one of several: …后，马尔代夫和斯里兰卡都获益)
  const after = norm.slice(subject?.ce);
  if (!subject || ONE_OF_SEVERAL.test(after) || SUBJECT_JOINED.test(after) || MODIFIER_OF.test(after))
    return undefined;
  const kind = n.cat.get(subject.id)?.properties.kind;
  return kind === "region" || kind === "continent" ? undefined : subject.id;
}

/**
 * A free trade agreement written without its name, in a clause that names China and one partner as
 * a pair (中国大陆与洪都拉斯举行首轮自贸协定谈判, 中格两国政府签署的自由贸易协定, 厄瓜多尔成为…与中国签署
 * 自贸协定的…国家), or whose fronted time frame names one party and the next clause's subject the other
 * (see framePartner): the pair's agreement, 中国-X自由贸易协定 (fta-names.ts). Several partners
 * (中国已与东盟、新西兰…签署自贸协定) name no single agreement.
 */
export const pairedFtas: EntityRule = {
  name: "paired-ftas",
  type: "Agreement",
  priority: 1,
  find({ norm, n, cands, add }) {
    for (const m of norm.matchAll(FTA)) {
      const pos = m.index ?? 0;
      // (a title's own words name their agreement; a bare title, 签署《自由贸易协定》, is read with the clause's pair)
      if (ftaPairBefore(n, norm, pos) || (norm[pos - 1] === "《" && norm[pos + m[0].length] !== "》"))
        continue;
      const a = clauseStart(norm, pos);
      const partner = clausePartner(norm, a, pos, n, cands) ?? framePartner(norm, a, pos, n, cands);
      if (partner) add({ id: ftaId(n, partner), cs: pos, ce: pos + m[0].length, method: "pattern" });
    }
  },
};
