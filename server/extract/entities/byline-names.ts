/**
 * Reporters' names in a news byline (某社某地7月11日电（张三 吕梁飞）, （记者 李四 通讯员 王五）): a place that
 * opens one of these personal names (吕梁 of 吕梁飞) is part of the name, not a mention. A byline is a bracket
 * right after a real dateline's 电/讯 (a date or a media name, with its place or not, before it: 5日电, 某社电,
 * 某网北京电, 本报讯; the DATELINE of relations/context.ts) or one opened by a reporter's title as a whole token
 * (记者, 通讯员; not 记者站); the cue words come from data/lexicon/media.json. Its names are short Han tokens between spaces or 、. Only a place
 * shorter than its token is dropped: a place that is the whole token stays, and so does one whose token is the
 * place and a filing word (郑州报道, 南宁摄影, 太原分站; media.json bylineTails).
 */
import { BYLINE_TAILS, MEDIA_CUES, REPORTER_TITLES } from "../lexicon";
import { DATELINE } from "../relations/context";
import { dropPlacesOpening } from "./place-filters";
import type { Mention } from "./types";

/** Traditional forms of the cue characters (新華社電, 記者). */
const TRAD: Record<string, string> = { 电: "電", 讯: "訊", 记: "記" };
const variants = (w: string) => [...w].map((c) => (TRAD[c] ? `[${c}${TRAD[c]}]` : c)).join("");
/** The one-character cues that end a dateline (电, 讯). */
const DATELINE_CUE = `[${MEDIA_CUES.filter((w) => w.length === 1)
  .map((w) => w + (TRAD[w] ?? ""))
  .join("")}]`;
/** Reporters' titles (lexicon.ts REPORTER_TITLES), longest first, with their traditional forms. */
const TITLES = [...REPORTER_TITLES].sort((a, b) => b.length - a.length).map(variants);
/** A bracket right after a dateline's cue (spaces allowed) or opened by a reporter's title, up to its closing bracket. */
const BYLINE = new RegExp(
  `(?:${DATELINE_CUE}\\s*[(（]|[(（]\\s*(?:[^()（）\\s]{0,8}?(?:${TITLES.join("|")})(?=[\\s、)）])))([^()（）\\n]{1,40})[)）]`,
  "g",
);
/** A byline's content: short Han tokens only (names and the words 记者, 通讯员, 实习生, 摄影), spaces or 、 between. */
const NAMES_ONLY = /^[\s、]*[\u4e00-\u9fff]{2,8}(?:[\s、]+[\u4e00-\u9fff]{2,8})*[\s、]*$/;
const TOKEN_CHAR = /[\u4e00-\u9fff]/;
/** A media name, with or without the place of filing, right before a dateline's cue (新华社电, 某某网北京电, 本报讯). */
const MEDIA_BEFORE = /[社网报台](?:[\u4e00-\u9fff]{2,4})?\s*$/;

/** Whether the cue at `i` (电 or 讯) closes a real dateline: a date (5日电, 3月5日讯) or a media name (and place) before it. */
function datelineAt(norm: string, i: number): boolean {
  if (MEDIA_BEFORE.test(norm.slice(Math.max(0, i - 7), i))) return true;
  for (let j = Math.max(0, i - 12); j < i; j++) {
    const m = DATELINE.exec(norm.slice(j, i + 1));
    if (m && m[0].length === i + 1 - j) return true;
  }
  return false;
}

/** The [start, end) spans of byline brackets' contents in `norm`. */
function bylineSpans(norm: string): [number, number][] {
  if (!/[电電讯訊记記员]/.test(norm)) return [];
  const spans: [number, number][] = [];
  for (const m of norm.matchAll(BYLINE)) {
    const at = m.index ?? 0;
    if (m[0][0] !== "(" && m[0][0] !== "（" && !datelineAt(norm, at)) continue;
    const inner = m[1] ?? "";
    const ce = at + m[0].length - 1;
    const cs = ce - inner.length;
    // the words before 记者 belong to the bracket too (海峡导报记者 某某)
    const open = Math.max(norm.lastIndexOf("(", cs), norm.lastIndexOf("（", cs));
    const content = norm.slice(open + 1, ce);
    if (NAMES_ONLY.test(content)) spans.push([open + 1, ce]);
  }
  return spans;
}

/** True when the place `m` inside a byline opens a longer personal name (吕梁 of 吕梁飞), not a filing word. */
function opensPersonalName(norm: string, spans: readonly [number, number][], m: Mention): boolean {
  if (!spans.some(([s, e]) => m.cs >= s && m.ce <= e)) return false;
  let ts = m.cs;
  while (ts > 0 && TOKEN_CHAR.test(norm[ts - 1] ?? "")) ts--;
  let te = m.ce;
  while (te < norm.length && TOKEN_CHAR.test(norm[te] ?? "")) te++;
  if (ts === m.cs && BYLINE_TAILS.has(norm.slice(m.ce, te))) return false;
  return te - ts > m.ce - m.cs && te - ts <= 4;
}

/** Removes (in place) place mentions that open a longer personal name inside a byline. */
export function dropBylineNames(norm: string, out: Mention[]): void {
  const spans = bylineSpans(norm);
  if (spans.length > 0) dropPlacesOpening(out, (m) => opensPersonalName(norm, spans, m));
}
