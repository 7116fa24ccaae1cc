import { clauseStart, sentenceStart } from "../clauses";
import { COUNT_NUMERAL, trigger, ZONE_TYPE } from "../lexicon";
import type { Mention } from "./types";

/** A sector word inside a project's name (水下机器人项目, 先进制造业项目): the rest of the name, then 项目. */
const IN_PROJECT_NAME = /^[\u4e00-\u9fffA-Za-z0-9]{0,6}?项目/;
/**
 * Words that end a name before 项目 (集成电路等项目 lists sectors of projects; 和/与/及 coordinate), and
 * verbs or counts between a sector and 项目 (生物医药产业已有十个项目落地: the projects are counted, not named).
 */
const NOT_IN_NAME = /[等和与及的有已是在将了]|[\d一二三四五六七八九十百千万两几多]+[个家批项大]/;
/**
 * Signed or settled projects said to cover fields (签约项目涵盖, 这些项目涉及, 项目主要为): the cover verb
 * (data/lexicon/triggers.json "projectsCover"),
 * then only the earlier items of its list up to the sector.
 */
const COVER_LIST = new RegExp(
  `(?:${trigger("projectsCover").source})了?(?:[^，,。；;、和及与]{1,12}(?:、|和|及|与|以及))*$`,
);
/** What may open a clause whose subject is the projects of the clause before (…，主要聚焦集成电路). */
const NO_SUBJECT = /^(?:主要|均|还|并|也|都|大多|则|将)*$/;
/**
 * An item of a list closed by a class or a count of projects (科技服务、金融服务等现代服务业项目, 甲、乙等五个项目,
 * 甲、乙等5个项目: the count is read alike in figures and in characters).
 */
const LIST_OF_PROJECTS = new RegExp(
  `^[、\\u4e00-\\u9fff]{0,40}?等(?:${COUNT_NUMERAL}|[\\u4e00-\\u9fff]){1,8}?项目`,
);

/** Whether a passage names a zone, an area or a development zone. */
export function namesZone(ms: readonly Mention[]): boolean {
  return ms.some((z) => ZONE_TYPE.test(z.id));
}

/**
 * Removes (in place) industries that are only the fields of projects: a sector word inside a
 * project's name or a list closed by a class of projects, and the sectors a sentence says its projects
 * cover when no zone, area or development zone is named in the paragraph (`zoneBefore`: in one of its
 * earlier passages) or in the passage (a zone's sectors stay).
 */
export function dropProjectSectors(norm: string, out: Mention[], zoneBefore: boolean): void {
  if (!norm.includes("项目")) return;
  const zoneNamed = zoneBefore || namesZone(out);
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k];
    if (!m?.id.startsWith("Industry:")) continue;
    const tail = IN_PROJECT_NAME.exec(norm.slice(m.ce, m.ce + 8));
    if ((tail && !NOT_IN_NAME.test(tail[0])) || LIST_OF_PROJECTS.test(norm.slice(m.ce, m.ce + 50))) {
      out.splice(k, 1);
      continue;
    }
    if (!zoneNamed && coveredByProjects(norm, m.cs)) out.splice(k, 1);
  }
}

/**
 * Whether the sector at `at` is an item of the list after a cover verb whose subject is projects: 项目
 * before the verb in its clause, or in the sentence before a clause that opens with the verb (这批项目
 * 总投资约80亿元，主要聚焦…). A sector in another clause of the sentence stays (项目包括…，该市大力发展…).
 */
function coveredByProjects(norm: string, at: number): boolean {
  const ca = clauseStart(norm, at);
  const cover = COVER_LIST.exec(norm.slice(ca, at));
  if (!cover) return false;
  const subject = norm.slice(ca, ca + cover.index);
  if (subject.includes("项目")) return true;
  return NO_SUBJECT.test(subject) && norm.slice(sentenceStart(norm, at), ca).includes("项目");
}
