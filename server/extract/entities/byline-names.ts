/**
 * Reporters' names in a news byline (某社某地7月11日电（张三 吕梁飞）, （记者 李四 通讯员 王五）): a place that
 * opens one of these personal names (吕梁 of 吕梁飞) is part of the name, not a mention. A byline is a bracket
 * right after the 电/讯 of a dateline or one opened by 记者; its names are short Han tokens between spaces or
 * 、. Only a place shorter than its token is dropped: a place that is the whole token stays.
 */
import type { Mention } from "./types";

/** A bracket right after a dateline's 电/讯 (spaces allowed) or opened by 记者, up to its closing bracket. */
const BYLINE = /(?:[电電讯訊]\s*[(（]|[(（]\s*(?:[^()（）\s]{0,8}?[记記]者))([^()（）\n]{1,40})[)）]/g;
/** A byline's content: short Han tokens only (names and the words 记者, 通讯员, 实习生, 摄影), spaces or 、 between. */
const NAMES_ONLY = /^[\s、]*[\u4e00-\u9fff]{2,8}(?:[\s、]+[\u4e00-\u9fff]{2,8})*[\s、]*$/;
const PLACE = /^(City|Province|Country):/;
const TOKEN_CHAR = /[\u4e00-\u9fff]/;

/** The [start, end) spans of byline brackets' contents in `norm`. */
function bylineSpans(norm: string): [number, number][] {
  if (!/[电電讯訊记記]/.test(norm)) return [];
  const spans: [number, number][] = [];
  for (const m of norm.matchAll(BYLINE)) {
    const inner = m[1] ?? "";
    const ce = (m.index ?? 0) + m[0].length - 1;
    const cs = ce - inner.length;
    // the words before 记者 belong to the bracket too (海峡导报记者 某某)
    const open = Math.max(norm.lastIndexOf("(", cs), norm.lastIndexOf("（", cs));
    const content = norm.slice(open + 1, ce);
    if (NAMES_ONLY.test(content)) spans.push([open + 1, ce]);
  }
  return spans;
}

/** Removes (in place) place mentions that open a longer personal name inside a byline. */
export function dropBylineNames(norm: string, out: Mention[]): void {
  const spans = bylineSpans(norm);
  if (spans.length === 0) return;
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k];
    if (!m || !PLACE.test(m.id)) continue;
    if (!spans.some(([s, e]) => m.cs >= s && m.ce <= e)) continue;
    let ts = m.cs;
    while (ts > 0 && TOKEN_CHAR.test(norm[ts - 1] ?? "")) ts--;
    let te = m.ce;
    while (te < norm.length && TOKEN_CHAR.test(norm[te] ?? "")) te++;
    if (te - ts > m.ce - m.cs && te - ts <= 4) out.splice(k, 1);
  }
}
