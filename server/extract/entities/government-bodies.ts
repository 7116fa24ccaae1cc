import { HAN } from "../clauses";
import {
  COMPANY_HEADS,
  COUNTED_BODIES_IN,
  COUNTED_PARTIES,
  charClass,
  NAME_FUNCTION_CHARS,
  NAME_OPENER_CHARS,
  readLexicon,
  SHI_SUFFIX,
} from "../lexicon";
import { committeeInTitle } from "./party-bodies";
import { BUREAU_LEGAL_FORM, bureauSeat, knownBureau, SHORT_GROUP } from "./railway-bureaus";
import type { EntityRule } from "./types";

const data = readLexicon<{
  heads: string[];
  notBodies: string[];
  acrossEnd: string[];
  partyHeads: string[];
  setUpVerbs: string[];
  fieldActVerbs: string[];
}>("public-body-heads.json");
/** After a bureau's 局: its 集团 or its short legal form (某局集团, 某局集团有限公司, 某局集团公司), whose length it takes. */
const SHORT_GROUP_AT = new RegExp(`^${SHORT_GROUP}`);
const bureauGroup = (after: string): number =>
  BUREAU_LEGAL_FORM.exec(after)?.[0].length ?? (SHORT_GROUP_AT.test(after) ? 2 : 0);
const HEADS = [...data.heads].sort((a, b) => b.length - a.length);
/** A field of up to ten characters and a head (工商行政管理局, 贸易发展局, 投资促进中心, 政府). */
const BODY = new RegExp(`^([\\u4e00-\\u9fff]{0,10}?)(?:${HEADS.join("|")})`);
/** Words a body's field does not hold: function words, verbs of a clause, list marks. */
const FUNCTION = charClass(NAME_FUNCTION_CHARS, "其则与及、等并于到已也被还都又");
const NOT_BODY = new RegExp(`(?:${data.notBodies.join("|")})$`);
/** A field opening with a verb of setting a body up (在上海设立办公室): the place's clause, no body's name. */
const SET_UP = new RegExp(`^(?:${data.setUpVerbs.join("|")})`);
/** A verb of hosting, holding or signing inside the field (轮流举办…委员会会议): the place's clause, no body's name. */
const FIELD_ACT = new RegExp(data.fieldActVerbs.join("|"));
/** The place's own administrative suffix left outside its span (a catalog foreign city read without its 市,
 * 某国某州): a city's 市 (lexicon.ts SHI_SUFFIX) or a division's head (foreign-divisions.json anyCountry),
 * passed over before the field's opening is tested for a verb of setting up (某市设立办公室). */
const PLACE_SUFFIX = new RegExp(
  `^(?:${SHI_SUFFIX}|${readLexicon<{ anyCountry: string[] }>("foreign-divisions.json").anyCountry.join("|")})`,
);
/** A word running across the end of the name (受地理局限, 《省政府工作报告》): the head is not one. */
const acrossEnd = (norm: string, ce: number) =>
  data.acrossEnd.some((w) => [...Array(w.length - 1).keys()].some((k) => norm.startsWith(w, ce - k - 1)));
/** Types whose name inside a field makes it another body's (天府新区政务服务中心 belongs to the zone). */
const INNER = /^(DevZone|Area|FreeTradeZone|Port|Organization):/;
/** Characters after which a name may start inside a run of Han text: the openers and function-words.json
 * bodyOpeners (了 ends a verb before its object; 年 and 日 end a time word or a date before the subject). */
const OPENER = charClass(
  NAME_OPENER_CHARS,
  readLexicon<{ bodyOpeners: string[] }>("function-words.json").bodyOpeners.join(""),
);
const PLACE = /^(Province|City|Country):/;
/** A company's head (org-boundaries.json companyHeads) right before a party head (public-body-heads.json
 * partyHeads): the committee is the company's own (江西省港口集团党委), no public body. */
const COMPANY_PARTY = new RegExp(`(?:${COMPANY_HEADS})(?:${data.partyHeads.join("|")})`);

/**
 * A government written after a place names a body (英国政府, 马来西亚政府, 郑州市政府), but not after 中国 (中国政府批复,
 * 中华人民共和国政府和…协定: the state itself or a party of a title) nor after a region (东北亚政府领导人).
 */
function namedGovernment(
  id: string,
  n: { cat: { get(id: string): { properties: { kind?: unknown } } | undefined } },
) {
  if (!id.startsWith("Country:")) return true;
  return id !== "Country:中国" && n.cat.get(id)?.properties.kind !== "region";
}

/**
 * Public bodies named after their place: 广元市工商行政管理局, 宁夏回族自治区博览局, 香港贸易发展局,
 * 烟台市投资促进中心, 郑州市政府, 中国国际贸易促进委员会. The place opens the name (at the start of a run
 * of Han text, after an opener, or after its own country or province) and is its part; the field holds no function word, and a common word
 * ending in a head (布局, 大厅) makes no body. A national government (美国政府) is the country itself.
 */
export const governmentBodies: EntityRule = {
  name: "government-bodies",
  type: "Organization",
  priority: 1,
  find({ norm, n, add, cands }) {
    for (const c of [...cands]) {
      if (!PLACE.test(c.id)) continue;
      const prev = norm[c.cs - 1] ?? "";
      // a city right after its country or province leads the name too (希腊比雷埃夫斯港务局)
      const afterPlace = cands.some((o) => o.ce === c.cs && PLACE.test(o.id));
      if (HAN.test(prev) && !OPENER.test(prev) && !afterPlace) continue;
      const m = BODY.exec(norm.slice(c.ce, c.ce + 14));
      const body = m?.[0] ?? "";
      if (!body || FUNCTION.test(body) || NOT_BODY.test(body)) continue;
      if (SET_UP.test(body.replace(PLACE_SUFFIX, ""))) continue;
      if (FIELD_ACT.test(m?.[1] ?? "")) continue;
      if (n.placesIn(body).length > 0) continue;
      if (/^(人民)?政府$/.test(body) && !namedGovernment(c.id, n)) continue;
      const ce = c.ce + body.length;
      if (/委/.test(m?.[1] ?? "") || acrossEnd(norm, ce) || n.cat.resolve(body, ["Organization"])) continue;
      // 某市委书记某某: a person's office (party-bodies.ts committeeInTitle), no body
      if (committeeInTitle(body, norm, ce)) continue;
      // 中国和马来西亚两国政府, 双方政府: a count of parties names several bodies, not one of this place;
      // a company inside the field (江西省港口集团党委书记): its party committee, no public body
      // (两家银行, 三所大学: a count of bodies names none either)
      if (COUNTED_PARTIES.test(m?.[1] ?? "") || COMPANY_PARTY.test(norm.slice(c.ce, ce + 3))) continue;
      if (COUNTED_BODIES_IN.test(m?.[1] ?? "")) continue;
      // (a zone category named inside the field, 工业园 of 泰国工业园管理局, is the body's field, not its owner)
      const owner = (id: string) => INNER.test(id) && n.cat.get(id)?.properties.kind !== "category";
      if (cands.some((o) => o.cs >= c.ce && o.cs < ce && owner(o.id))) continue;
      const parts = c.id === "Country:中国" ? [] : [{ id: c.id, cs: c.cs, ce: c.ce }];
      // a city's bare 局 (某局, 某局集团) is the railway bureau the document names in full (railway-bureaus.ts)
      const bureau = body === "局" && bureauSeat(c.id) ? knownBureau(n, norm.slice(c.cs, c.ce)) : undefined;
      const group = bureau ? bureauGroup(norm.slice(ce, ce + 6)) : 0;
      add({
        id: bureau ?? n.resolveOrRegister("Organization", norm.slice(c.cs, ce)),
        cs: c.cs,
        ce: ce + group,
        method: "pattern",
        parts,
      });
    }
  },
};
