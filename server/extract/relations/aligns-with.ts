import { clauseEnd, clauseOf } from "../clauses";
import type { Mention } from "../entities/types";
import { charClass, GROUP_HEAD, GROUP_HEAD_STOP, NAME_FUNCTION_CHARS } from "../lexicon";
import { typeOf } from "./context";
import { addressed, deniedIn, hopedFor, inRound, negotiated, stageFrom, stageProps } from "./stage";
import { T_ALIGN, T_PARTY, T_SIGNED, withdrawalClauses } from "./triggers";
import type { RelationRule } from "./types";

/**
 * Words between a place after 在 and the agreement that make it where the agreement was signed
 * (在上海签署了《…》, 在马来西亚首都吉隆坡签署…, 分别在甲地和乙地代表两国政府，通过视频方式签署《…》):
 * the signing verb (triggers.json "signed") ends the sentence's words before the agreement.
 */
const SIGNED_THERE = new RegExp(`^[^；;。]{0,30}?(?:正式)?(?:${T_SIGNED.source})了?[《“"]?$`);

/** Characters that end the noun phrase after an agreement's name: function characters and 后/时/前/中. */
const PHRASE_BREAK = charClass(NAME_FUNCTION_CHARS, "后时前中和与及并");

/**
 * The agreement ending at `ce` only qualifies a group noun (RCEP原产地规则培训团, RCEP企业论坛, DEPA工作组):
 * up to six characters of one noun phrase, then a group head (name-heads.json groupHeads).
 */
function qualifiesGroup(norm: string, ce: number): boolean {
  const rest = norm.slice(ce, ce + 12);
  for (let k = 0; k <= 6 && k < rest.length; k++) {
    if (k > 0 && !/[\u4e00-\u9fff]/.test(rest[k - 1] ?? "")) return false;
    if (k > 0 && (PHRASE_BREAK.test(rest[k - 1] ?? "") || GROUP_HEAD_STOP.test(rest.slice(0, k))))
      return false;
    if (GROUP_HEAD.test(rest.slice(k))) return true;
  }
  return false;
}

/** Party verbs, to find each of them (global). */
const T_PARTY_ALL = new RegExp(T_PARTY.source, "g");

/** The kinds of subject that align with an agreement. */
const SUBJECTS = ["FreeTradeZone", "Area", "Province", "Country"];

/**
 * The subject when the nearest one is only whom the act is addressed to (乌克兰已向新西兰提交加入
 * CPTPP的请求 → 乌克兰) or who backs it (乌克兰在欧盟支持下申请加入 → 乌克兰): the last subject before it in
 * its clause that is neither itself.
 */
function actor(norm: string, s: Mention, pool: Mention[]): Mention | undefined {
  const aside = (x: Mention) => addressed(norm, x.cs) || backing(norm, x);
  if (!aside(s)) return s;
  const [a] = clauseOf(norm, s.cs);
  return pool.filter((x) => x.cs >= a && x.ce < s.cs && !aside(x) && SUBJECTS.includes(typeOf(x.id))).pop();
}

/** A frame of backing around a party (在欧盟支持下, 在东盟的帮助下): it backs the act, the subject before acts. */
const BACKING_AFTER = /^的?(支持|帮助|协助|推动|斡旋|见证)下/;
function backing(norm: string, x: Mention): boolean {
  return norm[x.cs - 1] === "在" && BACKING_AFTER.test(norm.slice(x.ce));
}

/**
 * The subjects chained to `s` by 和/与/及/、: before it (dir -1: 中国和台湾同样积极争取加入CPTPP → 中国 too), or
 * listed after it (dir 1) when the list holds a 、 (澳洲、加拿大、智利等11个国家，签署CPTPP → 加拿大, 智利 too;
 * a pair joined by 与 alone, 中国与新西兰就RCEP交换意见, is no list): each is a subject of the same act.
 */
function chained(norm: string, s: Mention, pool: Mention[], dir: 1 | -1): Mention[] {
  const out: Mention[] = [];
  let cur = s;
  for (;;) {
    const next = pool.find((x) => {
      // (the earlier and the later of the two, one joint character between them)
      const [l, r] = dir < 0 ? [x, cur] : [cur, x];
      return l.ce === r.cs - 1 && /[和与及、]/.test(norm[l.ce] ?? "") && SUBJECTS.includes(typeOf(x.id));
    });
    if (!next || next.id === s.id || addressed(norm, next.cs)) break;
    out.push(next);
    cur = next;
  }
  return dir > 0 && !norm.slice(s.ce, cur.ce).includes("、") ? [] : out;
}

/**
 * ALIGNS_WITH from a trigger (对接, 加入, 签署, 试点…) to the nearest subject before the agreement,
 * with the stage the words between them state (see stage.ts).
 */
export const alignsWith: RelationRule = {
  name: "aligns-with",
  types: ["ALIGNS_WITH"],
  find({ norm, abbr, trigText, push, of, pool, subjectBefore }) {
    if (!T_ALIGN.test(trigText)) return;
    /** `s` aligns with `ag`; `near` is the subject the words up to the agreement follow. */
    const alignOne = (s: Mention, near: Mention, ag: Mention): void => {
      const between = norm.slice(near.ce, ag.cs);
      // the place a signing happened is no party (…在北京签署了《…自由贸易协定》)
      if (/[在于]$/.test(norm.slice(0, s.cs)) && SIGNED_THERE.test(between)) return;
      // another country aligns only as a party (美国…通过签署《美墨加协定》, 新加坡…参与《DEPA》)
      if (typeOf(s.id) === "Country" && s.id !== "Country:中国" && !T_PARTY.test(between)) return;
      if (deniedIn(between, T_PARTY_ALL)) return;
      // leaving is not aligning (美国…宣布全面退出，因此TPP改组为CPTPP; 美国曾签署TPP，后又退出)
      if (withdrawalClauses(norm, near.ce).length > 0) return;
      push({
        type: "ALIGNS_WITH",
        subj: s,
        source: s.id,
        target: ag.id,
        method: "pattern",
        confidence: 0.75,
        cs: s.cs,
        ce: ag.ce,
        ...stageProps(
          negotiated(norm, ag.ce) ? undefined : stageFrom(norm, near.ce, clauseEnd(norm, ag.ce), ag, ags),
        ),
      });
    };
    // (with agreements that name a park: 推动RCEP国际合作产业园等平台建设)
    const ags = [...of("Agreement"), ...abbr.filter((x) => typeOf(x.id) === "Agreement")];
    for (const ag of ags) {
      if (qualifiesGroup(norm, ag.ce) || inRound(norm, ag.ce)) continue;
      const near = subjectBefore(ag, SUBJECTS);
      const s = near && actor(norm, near, pool);
      if (!s) continue;
      const group = [s, ...chained(norm, s, pool, -1), ...chained(norm, s, pool, 1)];
      const first = group.reduce((x, y) => (y.cs < x.cs ? y : x));
      const last = group.reduce((x, y) => (y.ce > x.ce ? y : x));
      // (a zone is never a party: 有利于某自贸试验区参与RCEP合作 still aligns it)
      if (typeOf(s.id) !== "FreeTradeZone" && hopedFor(norm, first, last, ag)) continue;
      for (const x of group) alignOne(x, s, ag);
    }
  },
};
