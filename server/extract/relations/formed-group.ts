import { clauseOf, LIST_MARKS } from "../clauses";
import type { Mention } from "../entities/types";
import { CLAUSE_LINKS, DATE_LEAD, relationAlt } from "../lexicon";
import { typeOf } from "./context";
import { pushPartners } from "./cooperate";
import { T_PUBLIC_BODY } from "./triggers";
import type { RelationRule } from "./types";

/** What may open the clause before the bodies: dates, 日前/近日, connectives. */
const LEAD = new RegExp(
  String.raw`^[\s“"]*(${DATE_LEAD}(${relationAlt("clauseLeadDayParts")})?|${relationAlt("clauseLeadTimeWords")}|${relationAlt("clauseLeadFollowing")}|${CLAUSE_LINKS})?[\s“"]*$`,
);
/** A group noun and the agent mark before the bodies (该验收组由A、B组成). */
const GROUP_BY = new RegExp(`(${relationAlt("groupNouns")})由$`);
/** The agent mark right before the bodies at the start of their clause (由A、B等组成的验收组). */
const BY = /由$/;
/** A group noun (验收组, 工作专班). */
const GROUP_NOUN = new RegExp(`(${relationAlt("groupNounsShort")})`);
/** What joins two bodies of the list. */
const JOIN = new RegExp(`^(${relationAlt("listJoins")})`);
/** The rest of the list (等八部委, 等14个单位) and bodies joining them unnamed (会同…). */
const REST = String.raw`(等[\d一二三四五六七八九十几多]*(个|家)?(相关)?(${relationAlt("bodyClassNouns")})?)?(会同[^，,；;。]{0,24}?)?`;
/**
 * After the list, when the bodies open the clause: they form a group (组成联合验收组, 共同组建工作专班); not the
 * 组 of 组织, 组成, 组建.
 */
const FORM_GROUP = new RegExp(
  `^${REST}(${relationAlt("formJointMarks")})?(${relationAlt("formVerbs")})(了)?[^，,；;。]{0,10}?(${relationAlt("groupNounsFormed")})`,
);
/** After the list, when the group was named before 由: the bodies make it up (…由A、B组成). */
const MAKE_UP = new RegExp(`^${REST}(共同)?(${relationAlt("formVerbs")})`);

/** A listed item up to the next join or the group's verb (the longest: 中央军委联合参谋部组成). */
const ITEM = new RegExp(
  `^[\\u4e00-\\u9fff]{2,10}(?=[${LIST_MARKS}，,；;。等]|以及|组成|组建|会同|共同|联合)`,
);
/** An item no name covers that still ends as a public body's name does (国土资源部, 质检总局). */
const BODY_END = new RegExp(`(${T_PUBLIC_BODY.source})$`);

/**
 * The bodies listed from `first` on, joined by 、和及与, and where the list ends. A body written right
 * after another (海关总署国家口岸管理办公室) is the same item, named by the later; an item no name covers
 * is passed over when it ends as a public body's name does.
 */
function bodiesFrom(norm: string, orgs: Mention[], first: Mention): { list: Mention[]; end: number } {
  const list: Mention[] = [first];
  let end = first.ce;
  for (;;) {
    const inner = orgs.find((x) => x.cs === end);
    if (inner) {
      list[list.length - 1] = inner;
      end = inner.ce;
      continue;
    }
    const sep = JOIN.exec(norm.slice(end));
    if (!sep) break;
    const at = end + sep[0].length;
    const next = orgs.filter((x) => x.cs === at).sort((x, y) => y.ce - x.ce)[0];
    if (next) {
      list.push(next);
      end = next.ce;
      continue;
    }
    const item = ITEM.exec(norm.slice(at))?.[0] ?? "";
    if (!BODY_END.test(item) || orgs.some((x) => x.cs > at && x.cs < at + item.length)) break;
    end = at + item.length;
  }
  return { list, end };
}

/**
 * Public bodies that form one group together (甲部、乙部、丙部等几部委组成联合检查组; 这个检查组由甲部、
 * 乙局、丙局组成; A海关、B海关会同…共几个单位组成联合检查组) → COOPERATES_WITH
 * from the body written first to each other one. The bodies open their clause (after a date or a
 * connective), or follow a group noun and the agent mark 由; only organisations are bodies.
 */
export const formedGroup: RelationRule = {
  name: "formed-group",
  types: ["COOPERATES_WITH"],
  find(rc) {
    const { norm, ms, push } = rc;
    if (!norm.includes("组成") && !norm.includes("组建")) return;
    const orgs = ms.filter((m) => typeOf(m.id) === "Organization").sort((x, y) => x.cs - y.cs);
    let done = -1;
    for (const first of orgs) {
      if (first.cs < done) continue;
      const [a, b] = clauseOf(norm, first.cs);
      const lead = norm.slice(a, first.cs);
      // (or the agent mark opening a clause after a group noun earlier in the sentence: 验收组由X带队，
      // 由A、B等组成)
      const byGroup =
        GROUP_BY.test(lead) || (BY.test(lead) && GROUP_NOUN.test(norm.slice(rc.sentStartOf(a), a)));
      if (!byGroup && !LEAD.test(lead.replace(BY, ""))) continue;
      const { list, end } = bodiesFrom(norm, orgs, first);
      done = end;
      const act = (byGroup ? MAKE_UP : FORM_GROUP).exec(norm.slice(end, b));
      if (list.length < 2 || !act) continue;
      const home = list[0] as Mention;
      pushPartners(
        push,
        home,
        list.slice(1).map((m) => m.id),
        home.cs,
        end + act[0].length,
      );
    }
  },
};
