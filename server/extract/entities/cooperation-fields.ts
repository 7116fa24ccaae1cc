import type { Mention } from "./types";

/** Zones, areas and development zones: a zone's fields of cooperation stay (its sectors). */
const ZONE = /^(?:Area|FreeTradeZone|DevZone):/;

/**
 * A list of fields closed by a class noun and a cooperation noun (…、数字经济、文化旅游等领域的交流合作,
 * 围绕…现代物流服务…等方面开展合作): the fields parties cooperate in.
 */
const FIELDS_OF_COOPERATION =
  /^[^。；;！？!?]{0,60}?等?(?:多个|重点|各)?(?:领域|方面|板块)(?:的|开展|进行|加强|深化|展开)*(?:交流|互利|务实|全方位|广泛|深度|深入)*(?:与|和|及)?(?:交流|合作)/;

/**
 * Removes (in place) industries that are only items of a list of fields of cooperation or exchange
 * (the annotation conventions: fields of cooperation between parties are no Industry entities).
 */
export function dropCooperationFields(norm: string, ms: Mention[], zoneBefore: boolean): void {
  if (zoneBefore || !/合作|交流/.test(norm) || ms.some((m) => ZONE.test(m.id))) return;
  for (let k = ms.length - 1; k >= 0; k--) {
    const m = ms[k];
    if (!m?.id.startsWith("Industry:")) continue;
    const rest = norm.slice(m.ce, m.ce + 80);
    const head = FIELDS_OF_COOPERATION.exec(rest);
    // the list must reach the class noun without a clause break other than list commas
    if (head && !/[，,：:]/.test(head[0])) ms.splice(k, 1);
  }
}
