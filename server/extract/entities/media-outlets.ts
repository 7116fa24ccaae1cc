import { HAN, hanRunBefore } from "../clauses";
import {
  CLAUSE_LINKS,
  MEDIA_CUE_AFTER,
  MEDIA_HEADS,
  MEDIA_LABEL_BEFORE,
  MEDIA_NOT_OUTLETS,
  QUANTIFIER,
  REPORTER_TITLE,
  readLexicon,
} from "../lexicon";
import { dayNumeralStart } from "./date-days";
import type { Names } from "./names";
import type { EntityRule } from "./types";

/** Demonstratives and time words: 该报, 日前本报 refer to an outlet without naming it. */
const DEICTIC = /[该本此其这那各]|日前|今日|昨日/;
const DATE_BEFORE = /\d{1,2}月\d{1,2}日$/;
/** What opens a source phrase before the outlet's name: 据, 另据, 又据, 此外据. */
/** A cue word anywhere in the text tested (MEDIA_CUE_AFTER without its global flag). */
const CUE_IN = new RegExp(MEDIA_CUE_AFTER.source);
const SOURCE_LEAD = new RegExp(`^(?:另|又|还|亦|${CLAUSE_LINKS})?据`);
/** An outlet's Latin short name in brackets between its name and the cue: 日本新闻网(NNN)报道. */
const ACRONYM_BEFORE = /[(（][A-Za-z]{2,10}[)）]$/;

const REPORTS = readLexicon<{ reportEnds: string[]; reportEndKeeps: string[]; channelWords: string[] }>(
  "media.json",
);
/** An outlet's regional channel after a place (某省新闻, 某省频道: media.json channelWords). */
const CHANNEL = new RegExp(`(?:${REPORTS.channelWords.join("|")})$`);
/** A company's report named as a source (上市公司年报, 各公司财报; not 某某青年报): media.json reportEnds. */
export const companyReport = (name: string): boolean =>
  REPORTS.reportEnds.some((e) => name.endsWith(e)) && !REPORTS.reportEndKeeps.some((k) => name.endsWith(k));

/** The media head a name ends with, if its base (before the head) has at least two characters. */
function mediaHead(name: string): string | undefined {
  return MEDIA_HEADS.find((h) => name.endsWith(h) && name.length >= h.length + 2);
}

/**
 * A media name ending at `end`: the whole Han run before it (a leading 据 or 另据 and the 日 of a day in
 * digits dropped); a dateline place after the name (中新网成都, 人民网呼和浩特) or a regional channel (中新网某省新闻,
 * 国际在线某省频道: media.json channelWords) is dropped first. Null when it does not end with a head.
 */
function nameBefore(norm: string, end: number, n: Names): [number, number] | null {
  let from = hanRunBefore(norm, end, 14);
  // the 日 of a day written in digits right before the run closes the date (3日日本经济新闻报道)
  if (norm[from] === "日" && dayNumeralStart(norm, from) < from) from++;
  const run = norm.slice(from, end);
  // a dateline place (中新网成都) or a regional channel (中新网某省新闻, 国际在线某省频道) after the outlet's name
  const stop = from + (outletBeforePlace(run, n, true) ?? run.length);
  // the whole run is the name (bylines stand apart), but for a leading 据
  const start = from + (SOURCE_LEAD.exec(norm.slice(from, end))?.[0].length ?? 0);
  const name = norm.slice(start, stop);
  // (a place's own characters are no demonstrative: 日本 holds 本)
  const unplaced = n
    .placesIn(name)
    .reduce((t, p) => t.slice(0, p.start) + "地".repeat(p.end - p.start) + t.slice(p.end), name);
  if (!mediaHead(name) || n.quantified(name) || DEICTIC.test(unplaced) || name.length > 10) return null;
  // X官网 is a body's own website (商务部官网消息), not an outlet
  if (name.endsWith("官网")) return null;
  return [start, stop];
}

/**
 * A media name opening at `start` (after 来源：): the whole Han run when it names an outlet's own unit
 * (中国日报中国观察智库: no cue word, at most 12 characters), else the longest prefix ending with a head.
 */
function nameAfter(norm: string, start: number, n: Names): [number, number] | null {
  let end = start;
  while (end < norm.length && end - start < 13 && HAN.test(norm[end] ?? "")) end++;
  const run = norm.slice(start, end);
  const cue = CUE_IN.test(run);
  for (let e = Math.min(end, start + 10); e > start + 2; e--) {
    if (!mediaHead(norm.slice(start, e))) continue;
    if (cue || end - start > 12) return [start, e];
    return [start, start + (outletBeforePlace(run, n, false) ?? run.length)];
  }
  return null;
}

/**
 * The length of the outlet's own name when `run` is that name and a place, followed by a regional channel
 * (中新网某省新闻, 新华网某省频道: media.json channelWords) or, when `dateline`, by nothing (中新网成都); else null.
 */
function outletBeforePlace(run: string, n: Names, dateline: boolean): number | null {
  const last = n.placesIn(run).at(-1);
  if (!last || last.start === 0) return null;
  const rest = run.slice(last.end);
  if (!(dateline && rest === "") && CHANNEL.exec(rest)?.index !== 0) return null;
  return mediaHead(run.slice(0, last.start)) ? last.start : null;
}

/** A name of a byline chain: two to eight Han characters, no deictic or count word, no reporter's title. */
function chainName(norm: string, end: number): [number, number] | null {
  const from = hanRunBefore(norm, end, 8);
  const name = norm.slice(from, end);
  if (name.length < 2 || QUANTIFIER.test(name) || DEICTIC.test(name) || HAN.test(norm[from - 1] ?? ""))
    return null;
  if (REPORTER_TITLE.test(name)) return null;
  return [from, end];
}

/**
 * The outlets of a byline ending at `end`: names chained by ·, / or - (经济日报-中国经济网, 湖南日报·华声在线,
 * 云端/西部日报). Once one of them ends with a media head, the others of the chain are outlets too
 * (a news app or website needs no head: 西部日报·西部云).
 */
function bylineChain(norm: string, end: number, n: Names): [number, number][] {
  const chain: { span: [number, number]; head: boolean }[] = [];
  for (let at = end; ; ) {
    const span = nameBefore(norm, at, n);
    const plain = span ? null : chainName(norm, at);
    const got = span ?? plain;
    if (!got) break;
    chain.push({ span: got, head: span !== null });
    const sep = got[0] - 1;
    if (!/[-·/]/.test(norm[sep] ?? "")) break;
    at = sep;
  }
  return chain.some((c) => c.head) ? chain.map((c) => c.span) : [];
}

/**
 * News media named where a text names its source: datelines (中新网成都4月1日电, 新华社合肥电, 河青新闻网讯),
 * bylines (澎湃新闻记者获悉, 湖南日报·华声在线记者 — names joined by · or - are all read), 据X报道, photo
 * credits (X资料图片) and source lines (来源：东盟华商在线). The name must end with a media head
 * (data/lexicon/media.json); catalogued outlets resolve to their canonical name (中新网 → 中国新闻网).
 */
export const mediaOutlets: EntityRule = {
  name: "media-outlets",
  type: "Organization",
  priority: 1,
  find({ norm, n, add }) {
    const found: [number, number][] = [];
    for (const m of norm.matchAll(MEDIA_CUE_AFTER)) {
      let end = m.index ?? 0;
      const date = DATE_BEFORE.exec(norm.slice(Math.max(0, end - 6), end));
      if (date) end -= date[0].length;
      const acronym = ACRONYM_BEFORE.exec(norm.slice(Math.max(0, end - 12), end));
      if (acronym) end -= acronym[0].length;
      while (end > 0 && norm[end - 1] === " ") end--;
      found.push(...bylineChain(norm, end, n));
    }
    for (const m of norm.matchAll(MEDIA_LABEL_BEFORE)) {
      const span = nameAfter(norm, (m.index ?? 0) + m[0].length, n);
      if (span) found.push(span);
    }
    for (const [cs, ce] of found) {
      if (MEDIA_NOT_OUTLETS.has(norm.slice(cs, ce)) || companyReport(norm.slice(cs, ce))) continue;
      add({ id: n.resolveOrRegister("Organization", norm.slice(cs, ce)), cs, ce, method: "pattern" });
    }
  },
};
