import { clauseEnd } from "../clauses";
import type { Mention } from "../entities/types";
import { typeOf } from "./context";
import { pointAt, pushPartners } from "./cooperate";
import { T_JOINT } from "./triggers";
import type { RelationRule } from "./types";

/**
 * Who may cooperate: places, zones, countries and blocs, ports, development zones. Not organisations:
 * who a body acts for is not said here (a management committee signs for its area).
 */
const SIDE = /^(Country|Province|City|FreeTradeZone|Area|Port|DevZone)$/;
const SUBJECT = ["FreeTradeZone", "Area", "Province", "City"];
/** Adverbs between the home side and 与 (哈尔滨片区将与…, 厦门港也与…). */
const ADVERBS = /^(将|也|还|已|已经|正|正在|要|均|都|积极|继续|将继续|进一步)?$/;
const SEP = /^(以及|[、和及])$/;

/**
 * Two sides that act together: A与B、C…合作/互补/签约/的关系/的协调发展 (哈尔滨片区将与绥芬河片区
 * 和黑河片区优势互补, 中国与越南、老挝等国的协调发展, 香港致力强化与东盟和中东的关系) →
 * COOPERATES_WITH from A to each partner. A is the name right before 与/同 (after an adverb), else the
 * clause's subject by the shared choice. The partners are the names right after 与/同 joined by
 * 、和及; a word of joint action (triggers.json "joint") must close the same clause.
 */
export const jointWith: RelationRule = {
  name: "joint-with",
  types: ["COOPERATES_WITH"],
  find({ norm, ms, push, subjectBefore }) {
    const sides = ms.filter((m) => SIDE.test(typeOf(m.id))).sort((x, y) => x.cs - y.cs);
    // (not the 与/同 of a word: 参与, 给与, 共同, 不同, 相同, 如同)
    for (const t of norm.matchAll(/(?<![参给赋授])与|(?<![共不相如等协])同/g)) {
      const at = t.index ?? 0;
      const partners: Mention[] = [];
      let k = at + 1;
      for (const x of sides) {
        if (x.cs < k) continue;
        if (!(partners.length === 0 ? x.cs === k : SEP.test(norm.slice(k, x.cs)))) break;
        partners.push(x);
        k = x.ce;
      }
      const end = clauseEnd(norm, at);
      const joint = T_JOINT.exec(norm.slice(k, end));
      if (partners.length === 0 || !joint) continue;
      const home =
        sides.filter((x) => x.ce <= at && ADVERBS.test(norm.slice(x.ce, at))).pop() ??
        subjectBefore(pointAt(at), SUBJECT);
      if (!home) continue;
      pushPartners(
        push,
        home,
        partners.map((p) => p.id),
        at,
        k + joint.index + joint[0].length,
      );
    }
  },
};
