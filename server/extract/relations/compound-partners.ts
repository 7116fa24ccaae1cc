import type { Catalog } from "../catalog";
import { CodeSet } from "../code-set";
import { REGION_ABBREVIATIONS } from "../lexicon";
import { typeOf } from "./context";
import { pointAt, pushPartners } from "./cooperate";
import { T_COMPOUND_JOINT } from "./triggers";
import type { RelationRule } from "./types";
import { provinceOfZone } from "./zone-province";

const EXTRA_CODES = CodeSet.of(Object.keys(REGION_ABBREVIATIONS));

/** The region the character of this code unit stands for in a compound (粤, 京, and 港, 澳, 台), if any; the
 * code is tested first, so most positions, which hold no abbreviation, make no string. */
export function compoundMemberCode(code: number, cat: Catalog): string | undefined {
  if (!EXTRA_CODES.has(code) && !cat.isAbbreviationCode(code)) return undefined;
  const c = String.fromCharCode(code);
  return cat.provinceAbbr.get(c) ?? REGION_ABBREVIATIONS[c];
}

/** The region a one-character abbreviation of a compound stands for (粤, 京, and 港, 澳, 台), if any. */
export const compoundMember = (c: string, cat: Catalog): string | undefined =>
  c.length === 1 ? compoundMemberCode(c.charCodeAt(0), cat) : undefined;

/**
 * Who acts in a compound: a member province, or a zone or area of one. A city is no party (珠海横琴粤港澳
 * 深度合作, 广州南沙深化…粤港澳全面合作, 武汉代表处…标志着鄂澳经贸合作: the members are the provinces,
 * the city is where a platform or an office lies), but it still blocks a subject named before it.
 */
const SUBJECT = ["FreeTradeZone", "Area", "Province", "City"];
const PARTY = ["FreeTradeZone", "Area", "Province"];
/** Words between a compound of province abbreviations and its joint word (闽台区域合作, 京津冀三地…合作). */
const BETWEEN =
  /^(两地|三地|四地|两岸|三省|两省|区域|地区|深度|全面|战略|经贸|一体化|在[^，,；;。]{0,12}?)*$/;

/** The province a subject belongs to: itself, its zone's, its city's (catalog parent as resolver). */
export function homeProvince(id: string, cat: Catalog): string | undefined {
  const t = typeOf(id);
  if (t === "Province") return id;
  if (t === "FreeTradeZone") return provinceOfZone(id, cat);
  const parent = cat.get(id)?.parent;
  if (!parent) return undefined;
  if (t === "Area") return provinceOfZone(`FreeTradeZone:${parent}`, cat);
  return cat.get(`Province:${parent}`) ? `Province:${parent}` : undefined;
}

/**
 * Cooperation inside a compound of province abbreviations (闽台区域合作, 粤港澳深度合作示范区,
 * 京津冀三地…合作, 琼港联动; the joint words are triggers.json "compoundJoint": not 协同发展, which in
 * 京津冀协同发展 names a national strategy a subject promotes more often than its own partnership): the members act together. Read from the subject's side: when the clause's subject
 * (the shared choice) belongs to one member, COOPERATES_WITH from it to every other member. A compound
 * the subject is not part of says nothing of it.
 */
export const compoundPartners: RelationRule = {
  name: "compound-partners",
  types: ["COOPERATES_WITH"],
  find({ norm, cat, push, subjectBefore, covered }) {
    // (every compound is followed by a joint word: triggers.json "compoundJoint", plain words)
    if (!T_COMPOUND_JOINT.test(norm)) return;
    const isAbbr = (i: number) => !!compoundMemberCode(norm.charCodeAt(i), cat) && !covered(i);
    for (let at = 0; at < norm.length; at++) {
      if (!isAbbr(at) || (at > 0 && isAbbr(at - 1))) continue;
      let j = at;
      while (isAbbr(j)) j++;
      const chars = [...norm.slice(at, j)];
      if (chars.length < 2 || new Set(chars).size < chars.length) continue;
      const joint = T_COMPOUND_JOINT.exec(norm.slice(j, j + 16));
      const coop = joint ? joint.index : -1;
      if (!joint || !BETWEEN.test(norm.slice(j, j + coop))) continue;
      const s = subjectBefore(pointAt(at), SUBJECT);
      const home = s && PARTY.includes(typeOf(s.id)) ? homeProvince(s.id, cat) : undefined;
      const members = chars.map((c) => compoundMember(c, cat) as string);
      if (!s || !home || !members.includes(home)) continue;
      pushPartners(
        push,
        s,
        members.filter((p) => p !== home),
        at,
        j + coop + joint[0].length,
      );
    }
  },
};
