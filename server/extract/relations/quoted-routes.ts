import { clauseEnd, clauseStart, SENTENCE_END } from "../clauses";
import type { Mention } from "../entities/types";
import { COUNT_NUMERAL, listWords, relationAlt, trigger } from "../lexicon";
import { type RelationContext, typeOf } from "./context";
import { DASHES } from "./dash-lines";
import { chainDenied, NOT_RUN, PLANNED } from "./routes";
import { isService } from "./services";
import { pushStop } from "./stops";
import type { RelationRule } from "./types";

/** Opening and closing quotation marks of a quoted route (relation-words.json routeQuoteOpens, routeQuoteCloses). */
const OPEN_Q = listWords("relation-words.json", "routeQuoteOpens").join("");
const CLOSE_Q = listWords("relation-words.json", "routeQuoteCloses").join("");
/** Any quotation mark of a route, as a character class body. */
const ANY_Q = `${OPEN_Q}${CLOSE_Q}`;

/**
 * Verbs that open new routes of a service (开通, 新开, 开辟…: data/lexicon/triggers.json "routeOpen"),
 * or that dispatch a train on a route (发出, 开出: "routeDispatch"), then the quoted routes, or 的 and a
 * train of them (西部陆海新通道发出的首列“A—B—C”班列).
 */
const OPEN = new RegExp(
  `^[^${OPEN_Q}。！？!?；;，,]{0,10}?(${trigger("routeOpen").source}|${trigger("routeDispatch").source})了?(的(首|第?${COUNT_NUMERAL}+)?[趟列班])?[\\s：:]*(?=[${OPEN_Q}])`,
);
/** A train of the quoted routes written right after them (…”铁海联运班列; "quotedRouteKind"): what a broad corridor runs. */
const TRAIN_AFTER = new RegExp(`^[^${ANY_Q}，,；;。！？!?]{0,8}?(${trigger("quotedRouteKind").source})`);
/** A run of quoted routes (“A—B”“C—D—E”、“F—G”), each holding a dash. */
const QUOTES = new RegExp(`^(?:[${OPEN_Q}][^${ANY_Q}。！？!?]{2,40}?[${CLOSE_Q}][、，,和及与]?)+`);
/** One quoted run of words. */
const QUOTED = new RegExp(`[${OPEN_Q}]([^${ANY_Q}]{2,40}?)[${CLOSE_Q}]`, "g");
/** What may follow the run when the service comes after it: (等N条)(的)? right before its name. */
const BEFORE_SERVICE = /^(等[\d一二两三四五六七八九十]*条?)?的?$/;
/** A dash between two stops (dash-lines.ts DASHES). */
const DASH = new RegExp(DASHES);
const PLACE = /^(City|Port|Country|Province|DevZone)$/;
/** The types of the stops of a chain read as a Corridor (entities/route-chains.ts). */
const LINE_STOP = /^(City|Country|Province)$/;

/** The spans [start, end) of the quoted routes with a dash in text[from, to). */
function chainSpans(norm: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  for (const q of norm.slice(from, to).matchAll(QUOTED)) {
    const a = from + (q.index ?? 0);
    if (DASH.test(q[1] ?? "")) out.push([a, a + q[0].length]);
  }
  return out;
}

/** The routes a service opens after its name: 中欧班列（武汉）累计新开“A—B”“C—D—E”等5条线路. */
function opened(rc: RelationContext, s: Mention): [number, number] | undefined {
  const rest = rc.norm.slice(s.ce);
  const open = OPEN.exec(rest);
  if (!open) return undefined;
  const run = QUOTES.exec(rest.slice(open[0].length));
  if (!run) return undefined;
  const a = s.ce + open[0].length;
  return [a, a + run[0].length];
}

/** The routes of a train a broad corridor dispatches: 西部陆海新通道发出的首列“A—B—C”铁海联运班列. */
function trainOf(rc: RelationContext, s: Mention): [number, number] | undefined {
  const run = opened(rc, s);
  return run && TRAIN_AFTER.test(rc.norm.slice(run[1])) ? run : undefined;
}

/** The routes written right before the service's name: 开通“义乌—马德里”“西安—汉堡”等中欧班列. */
function named(rc: RelationContext, s: Mention): [number, number] | undefined {
  const { norm } = rc;
  const close = norm.lastIndexOf("”", s.cs);
  if (close < 0 || !BEFORE_SERVICE.test(norm.slice(close + 1, s.cs))) return undefined;
  let a = close + 1;
  for (let k = close; k >= 0; ) {
    const open = norm.lastIndexOf("“", k);
    if (open < 0 || /[。！？!?]/.test(norm.slice(open, k))) break;
    a = open;
    const sep = /[、，,和及与]?$/.exec(norm.slice(Math.max(0, open - 1), open))?.[0] ?? "";
    k = open - sep.length - 1;
    if (norm[k] !== "”") break;
  }
  return a <= close ? [a, close + 1] : undefined;
}

/**
 * What may stand between a corridor and a chain of places it names as one of its lines (中欧班列“甲—乙”班列,
 * 中欧班列新线路甲—乙班列): relation-words.json "serviceLineLeads" (线路, 新线路), then an opening quote.
 */
const LINE_LEAD = new RegExp(`^(?:${relationAlt("serviceLineLeads")})?[${OPEN_Q}]?$`);
/** A closing quote opening the words after a line. */
const CLOSE_LEAD = new RegExp(`^[${CLOSE_Q}]`);

/** A train or line word ending a chain's name (甲—乙班列: "quotedRouteKind"). */
const KIND_END = new RegExp(`(${trigger("quotedRouteKind").source})$`);

/**
 * The line a corridor names right after its name, a chain of places read as a Corridor of its own
 * (entities/route-chains.ts: 中欧班列“甲—乙—丙”班列, 西部陆海新通道“甲—乙—丙”海铁联运线路, 中欧班列新线路
 * 甲—乙班列): the chain's mention, with a dash in it and a train or line word ("quotedRouteKind") ending it or
 * right after its quote. Any corridor may name one, not only a service (isService): a railway's own train line
 * (中老铁路“昆明—万象”国际货运班列) is read too. A quoted chain with no kind word (中欧班列新线路“甲—乙”已开通)
 * is no Corridor of route-chains.ts, so it is not read.
 */
function namedLine(rc: RelationContext, s: Mention): Mention | undefined {
  const { norm } = rc;
  return rc.ms.find(
    (c) =>
      c !== s &&
      c.cs >= s.ce &&
      typeOf(c.id) === "Corridor" &&
      c.parts.length > 1 &&
      DASH.test(norm.slice(c.cs, c.ce)) &&
      LINE_LEAD.test(norm.slice(s.ce, c.cs)) &&
      (KIND_END.test(norm.slice(c.cs, c.ce)) || TRAIN_AFTER.test(norm.slice(c.ce).replace(CLOSE_LEAD, ""))),
  );
}
/**
 * What may stand between the line and a plan of it: its closing quote, its kind word, then at most six characters of
 * its clause with no run verb (triggers.json "routeRunDenied": 开通, 开行…), a time or an adverb (明年下半年将开通).
 */
const LINE_GAP = `^[${CLOSE_Q}]?(?:${trigger("quotedRouteKind").source})?(?:(?!${trigger("routeRunDenied").source})[^，,；;。！？!?]){0,6}?`;
/** A plan or a future date of the line itself (…班列计划下月开行, …将于明年开通; not …班列开通后货主希望增加班次). */
const PLANNED_NEXT = new RegExp(`${LINE_GAP}(?:${PLANNED.source})`);
/**
 * An estimate of the runs of a line that runs (triggers.json "lineVolumeEstimates" then a count of runs in its clause:
 * …班列预计全年开行五百列), not a plan of the line.
 */
const VOLUME_ESTIMATE = new RegExp(
  `${LINE_GAP}(?:${trigger("lineVolumeEstimates").source})[^，,；;。！？!?]{0,8}?${COUNT_NUMERAL}+[列趟班]`,
);
/** Words of a line only studied, imagined, prepared or rumoured (triggers.json "lineNotRealAfter": 论证, 设想, 谣传). */
const NOT_REAL = trigger("lineNotRealAfter");

/**
 * Whether the line is denied, asked about, only planned or not real, as routes.ts reads a chain (chainDenied: 尚无…,
 * …并不存在, …未能开行, a question; NOT_RUN before the service: 没有, 计划, 如果), planned right after it (…将于明年开通,
 * unless a volume estimate: …预计全年开行五百列) or only studied or rumoured in its clause (…正在论证之中, …的设想).
 */
function lineNotRun(rc: RelationContext, s: Mention, line: Mention): boolean {
  const before = rc.norm.slice(clauseStart(rc.norm, s.cs), s.cs);
  const after = rc.norm.slice(line.ce, clauseEnd(rc.norm, line.ce));
  return (
    chainDenied(rc, s, { ...s, ce: line.ce }) ||
    NOT_RUN.test(before) ||
    (PLANNED_NEXT.test(after) && !VOLUME_ESTIMATE.test(after)) ||
    NOT_REAL.test(after)
  );
}

/**
 * Routes of a service written as quoted dash chains: the service opens them (中欧班列累计新开“白俄罗斯
 * 明斯克—武汉”“欧洲—武汉—中国香港”等5条线路) or they name it (开通“义乌—马德里”中欧班列). The
 * service connects every city, province and country of each chain (CONNECTS); a port or development
 * zone in a chain lies on it (ON_CORRIDOR). A broad corridor gets the chains of a train it dispatches
 * (西部陆海新通道发出的首列“印度孟买—中国钦州”班列). A line a corridor names right after its name
 * (namedLine: 中欧班列“甲—乙”班列, 中欧班列新线路甲—乙班列) gives the corridor the line's cities, provinces and
 * countries (CONNECTS only), unless denied, asked, planned or not real (lineNotRun). A quoted chain with no
 * service before or after it, or after another verb (宣传“东西—南北”理念), gives nothing.
 */
export const quotedRoutes: RelationRule = {
  name: "quoted-routes",
  types: ["CONNECTS", "ON_CORRIDOR"],
  find(rc) {
    const { ms, push, norm } = rc;
    for (const s of rc.of("Corridor")) {
      const line = namedLine(rc, s);
      // (a chain's stops are cities, provinces and countries only: route-chains.ts reads no port into one)
      if (line && !lineNotRun(rc, s, line))
        for (const p of line.parts)
          if (LINE_STOP.test(typeOf(p.id)) && p.id !== "Country:中国")
            pushStop(push, s.id, p.id, false, { cs: s.cs, ce: line.ce });
      // a broad corridor (西部陆海新通道) only through a train of the routes it dispatches
      const run = isService(s.id, ms, rc.cat, rc.norm) ? (opened(rc, s) ?? named(rc, s)) : trainOf(rc, s);
      if (!run || SENTENCE_END.test(norm.slice(Math.min(run[0], s.ce), Math.max(run[1], s.cs)))) continue;
      const seen = new Set<string>();
      for (const [qa, qb] of chainSpans(norm, run[0], run[1]))
        for (const p of ms) {
          if (p.cs < qa || p.ce > qb || !PLACE.test(typeOf(p.id)) || p.id === "Country:中国") continue;
          if (seen.has(p.id)) continue;
          seen.add(p.id);
          const span = { cs: Math.min(s.cs, p.cs), ce: Math.max(s.ce, p.ce) };
          pushStop(push, s.id, p.id, /^(Port|DevZone)$/.test(typeOf(p.id)), span);
        }
    }
  },
};
