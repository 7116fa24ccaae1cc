import { clauseEnd, clauseOf, SENTENCE_END } from "../clauses";
import type { Mention } from "../entities/types";
import { charClass, GROUP_HEAD, GROUP_HEAD_STOP, NAME_FUNCTION_CHARS, NEGATED, trigger } from "../lexicon";
import { typeOf } from "./context";
import { addressed, inRound, negotiated, stageOf } from "./stage";
import { T_ALIGN, T_PARTY, T_SIGNED, T_WITHDRAW } from "./triggers";
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

/** Whether every party verb of `between` is negated (印度、巴西等国尚未加入CPTPP, 中国没有签署): no party. */
function negatedAct(between: string): boolean {
  const acts = [...between.matchAll(new RegExp(T_PARTY.source, "g"))];
  return acts.length > 0 && acts.every((m) => NEGATED.test(between.slice(0, m.index)));
}

/**
 * A party only hoped for: the subject is whom a benefit helps toward the act (有助于台湾加入TPP, 助力我国加入,
 * 为台湾参与TPP创造便利条件; triggers.json hopedPartyBefore, and 为 with hopedPartyFrame after the agreement).
 */
const HOPED_BEFORE = new RegExp(`(?:${trigger("hopedPartyBefore").source})(?:未来|将来|早日|尽快)?$`);
const HOPED_FRAME = new RegExp(`^[^，,；;。]*(?:${trigger("hopedPartyFrame").source})`);
function hopedFor(norm: string, s: Mention, ag: Mention): boolean {
  const before = norm.slice(Math.max(0, s.cs - 8), s.cs);
  return (
    HOPED_BEFORE.test(before) ||
    (/(?<![成认作因称以])为$/.test(before) && HOPED_FRAME.test(norm.slice(ag.ce)))
  );
}

/** The kinds of subject that align with an agreement. */
const SUBJECTS = ["FreeTradeZone", "Area", "Province", "Country"];

/**
 * The subject when the nearest one is only whom the act is addressed to (乌克兰已向新西兰提交加入
 * CPTPP的请求 → 乌克兰): the last subject before it in its clause that is not addressed itself.
 */
function actor(norm: string, s: Mention, pool: Mention[]): Mention | undefined {
  if (!addressed(norm, s.cs)) return s;
  const [a] = clauseOf(norm, s.cs);
  return pool
    .filter((x) => x.cs >= a && x.ce < s.cs && !addressed(norm, x.cs) && SUBJECTS.includes(typeOf(x.id)))
    .pop();
}

/**
 * The subjects joined to `s` right before it by 和/与/及/、 (中国和台湾同样积极争取加入CPTPP → 中国 too):
 * each is a subject of the same act.
 */
function joinedBefore(norm: string, s: Mention, pool: Mention[]): Mention[] {
  const out: Mention[] = [];
  let cur = s;
  for (;;) {
    const prev = pool.find(
      (x) => x.ce === cur.cs - 1 && /[和与及、]/.test(norm[x.ce] ?? "") && SUBJECTS.includes(typeOf(x.id)),
    );
    if (!prev || prev.id === s.id || addressed(norm, prev.cs)) return out;
    out.push(prev);
    cur = prev;
  }
}

/**
 * The subjects listed after `s` by 、 (with a last 和/与/及), when the list holds a 、 (澳洲、加拿大、智利
 * 等11个国家，签署CPTPP → 加拿大, 智利 too): each is a subject of the same act. A pair joined by 与 alone
 * (中国与新西兰就RCEP交换意见) is no list.
 */
function listedAfter(norm: string, s: Mention, pool: Mention[]): Mention[] {
  const out: Mention[] = [];
  let cur = s;
  for (;;) {
    const next = pool.find(
      (x) => x.cs === cur.ce + 1 && /[和与及、]/.test(norm[cur.ce] ?? "") && SUBJECTS.includes(typeOf(x.id)),
    );
    if (!next || addressed(norm, next.cs)) break;
    out.push(next);
    cur = next;
  }
  return norm.slice(s.ce, cur.ce).includes("、") ? out : [];
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
      if (negatedAct(between) || hopedFor(norm, s, ag)) return;
      // leaving is not aligning (美国…宣布全面退出，因此TPP改组为CPTPP; 美国曾签署TPP，后又退出)
      if (T_WITHDRAW.test(norm.slice(near.ce).split(SENTENCE_END)[0] ?? "")) return;
      push({
        type: "ALIGNS_WITH",
        subj: s,
        source: s.id,
        target: ag.id,
        method: "pattern",
        confidence: 0.75,
        cs: s.cs,
        ce: ag.ce,
        ...(negotiated(norm, ag.ce) ? {} : stageOf(norm.slice(near.ce, clauseEnd(norm, ag.ce)))),
      });
    };
    // (with agreements that name a park: 推动RCEP国际合作产业园等平台建设)
    for (const ag of [...of("Agreement"), ...abbr.filter((x) => typeOf(x.id) === "Agreement")]) {
      if (qualifiesGroup(norm, ag.ce) || inRound(norm, ag.ce)) continue;
      const near = subjectBefore(ag, SUBJECTS);
      const s = near && actor(norm, near, pool);
      if (!s) continue;
      for (const x of [s, ...joinedBefore(norm, s, pool), ...listedAfter(norm, s, pool)]) alignOne(x, s, ag);
    }
  },
};
