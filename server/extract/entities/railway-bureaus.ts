import { hanRunBefore, sentenceEnd, sentenceStart } from "../clauses";
import { alternatives, readLexicon } from "../lexicon";
import type { Names } from "./names";
import { tagWords } from "./segmenter";
import type { EntityRule } from "./types";

/** 集团 closing a bureau's short name (某局集团), not opening a legal form (集团有限公司, 集团公司, 集团股份). */
export const SHORT_GROUP = "集团(?![有公股])";
/** A bureau's company in its short legal form after 某局 (某局集团有限公司, 某局集团公司). */
export const BUREAU_LEGAL_FORM = /^集团(?:有限)?公司/;

/** The short form of a railway bureau: 国铁南宁局, 中铁上海局, 中铁上海局集团 (not 中国铁路南宁局集团有限公司, nor
 * 中铁X局集团有限公司, whose legal form is legal-form-companies.ts's). */
const BUREAU = new RegExp(`(?:国铁|中铁)([\u4e00-\u9fff]{2,4}?)局(?:${SHORT_GROUP})?(?!集团)`, "g");

/** Whether a place may seat a railway bureau: a city, or a municipality (上海 → Province:上海市). */
export const bureauSeat = (id: string): boolean => id.startsWith("City:") || /^Province:.*市$/.test(id);

/** The railway company of the bureau seated in `seat` by its full name (中国铁路某局集团有限公司, …集团公司), if known. */
function bureauCompany(n: Names, seat: string): string | undefined {
  return [`中国铁路${seat}局集团有限公司`, `中国铁路${seat}局集团公司`]
    .map((f) => n.cat.resolve(f, ["Organization"]))
    .find((id) => id?.startsWith("Organization:"));
}

/**
 * The railway company of the bureau seated in `seat` (a bureauSeat) when the document or the catalog knows it by
 * its full name (某市铁路局, 中国铁路某局集团有限公司, 中国铁路某局集团公司): the short forms 某局, 某局集团 and
 * 某局集团(有限)公司 name it (government-bodies.ts).
 */
export function knownBureau(n: Names, seat: string): string | undefined {
  const old = n.cat.resolve(`${seat}铁路局`, ["Organization"]);
  return old?.startsWith("Organization:") ? old : bureauCompany(n, seat);
}

const freight = readLexicon<{ notAfter: string[]; railwayWords: string[] }>("freight-centres.json");
/** A railway bureau's freight centre, named by its city (合肥货运中心), not a word running on (货运中心站) nor a
 * city's role as a hub (某市货运中心地位, 货运中心城市建设, 货运中心枢纽功能: freight-centres.json notAfter). */
const FREIGHT_CENTRE = new RegExp(`货运中心(?!${alternatives(freight.notAfter).source})`, "g");
/** A word of the railway (班列, 铁路, 装车…: freight-centres.json railwayWords), one of which the centre's sentence
 * must hold: without one, 某市货运中心 is a city's hub role or a firm's depot. */
const RAILWAY_WORD = alternatives(freight.railwayWords);
/** Tags of a name or a noun right before the city: the centre is that firm's or carrier's (某快递某市货运中心). */
const OWNER_TAG = /^(n[a-z]*|x|j|eng)$/;
/** A railway bureau or its company written before the city owns the centre (上海局合肥货运中心). */
const BUREAU_OWNER = /局(?:集团(?:有限)?公司)?$/;

/** Whether the word right before the city at `cs` names another owner of the centre (a firm, an airline), not a
 * railway bureau, a place holding the city, or a word of the clause (从, 开往). */
function ownedByOther(norm: string, cs: number, n: Names): boolean {
  const from = hanRunBefore(norm, cs, 10);
  const before = norm.slice(from, cs);
  if (!before || BUREAU_OWNER.test(before)) return false;
  if (n.placesIn(before).some((p) => from + p.end === cs)) return false;
  return OWNER_TAG.test(tagWords(before, n.cat).at(-1)?.tag ?? "");
}

/** The city written right before the freight centre at `k` (从合肥货运中心: 合肥), or null. */
function centreCity(norm: string, k: number, n: Names): number | null {
  const from = Math.max(0, k - 5);
  const place = n.placesIn(norm.slice(from, k)).find((p) => from + p.end === k && bureauSeat(p.id));
  return place ? from + place.start : null;
}

/**
 * Railway bureaus written short, by the network and the city of their seat: 国铁南宁局的统计数据显示,
 * 在中铁上海局合肥北站发车; and a bureau's freight centre by the city it serves (合肥货运中心). The city inside is the bureau's seat, not a place of the sentence. When the
 * document (or the catalog) knows the bureau's company by its full name (中国铁路昆明局集团有限公司 …
 * 国铁昆明局), the short form 国铁X局 is that company; 中铁X局 stays a name of its own (it is also the usual
 * short name of an engineering bureau of China Railway Group: 中铁上海工程局).
 */
export const railwayBureaus: EntityRule = {
  name: "railway-bureaus",
  type: "Organization",
  priority: 0,
  find({ norm, n, add }) {
    for (const m of norm.matchAll(BUREAU)) {
      const seat = m[1] ?? "";
      const place = n.placesIn(seat)[0];
      // the seat is a city, or a municipality (中铁上海局 → Province:上海市)
      if (!place || !bureauSeat(place.id) || place.start !== 0 || place.end !== seat.length) continue;
      // only 国铁X局 is surely the railway company: 中铁X局 also names China Railway Group's bureaus
      const full = m[0].startsWith("国铁") ? bureauCompany(n, seat) : undefined;
      const cs = m.index ?? 0;
      add({ id: full ?? n.ensure("Organization", m[0]), cs, ce: cs + m[0].length, method: "pattern" });
    }
    // a bureau's freight centre: the city it serves and 货运中心, a unit of its own (合肥货运中心合肥北站)
    for (const m of norm.matchAll(FREIGHT_CENTRE)) {
      const k = m.index ?? 0;
      const cs = centreCity(norm, k, n);
      if (cs === null || ownedByOther(norm, cs, n)) continue;
      if (!RAILWAY_WORD.test(norm.slice(sentenceStart(norm, cs), sentenceEnd(norm, k)))) continue;
      add({
        id: n.resolveOrRegister("Organization", norm.slice(cs, k + 4)),
        cs,
        ce: k + 4,
        method: "pattern",
      });
    }
  },
};
