/** Pure helpers to highlight spans in quotes and documents (rendered later as text nodes only). */
export interface Range {
  start: number;
  end: number;
  /** What the highlighted span is, e.g. a node id or a css class. */
  tag: string;
}
export interface Segment {
  text: string;
  tag: string | null;
  start: number;
}

/** Split text into plain and highlighted segments. Overlapping ranges: the earlier-starting one wins. */
export function segment(text: string, ranges: readonly Range[]): Segment[] {
  const sorted = ranges
    .filter((r) => r.end > r.start && r.start < text.length && r.end > 0)
    .map((r) => ({ ...r, start: Math.max(0, r.start), end: Math.min(text.length, r.end) }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let pos = 0;
  for (const r of sorted) {
    if (r.start < pos) continue;
    if (r.start > pos) out.push({ text: text.slice(pos, r.start), tag: null, start: pos });
    out.push({ text: text.slice(r.start, r.end), tag: r.tag, start: r.start });
    pos = r.end;
  }
  if (pos < text.length) out.push({ text: text.slice(pos), tag: null, start: pos });
  return out;
}

/** Every occurrence of any of the needles (longest first), as ranges tagged with the needle's tag. */
export function findAll(text: string, needles: readonly { text: string; tag: string }[]): Range[] {
  const ranges: Range[] = [];
  const sorted = needles.filter((n) => n.text.length > 0).sort((a, b) => b.text.length - a.text.length);
  const taken: boolean[] = new Array(text.length).fill(false);
  for (const n of sorted) {
    let i = text.indexOf(n.text);
    while (i >= 0) {
      let free = true;
      for (let k = i; k < i + n.text.length; k++)
        if (taken[k]) {
          free = false;
          break;
        }
      if (free) {
        for (let k = i; k < i + n.text.length; k++) taken[k] = true;
        ranges.push({ start: i, end: i + n.text.length, tag: n.tag });
      }
      i = text.indexOf(n.text, i + n.text.length);
    }
  }
  return ranges.sort((a, b) => a.start - b.start);
}

/**
 * Where a mention lies in a displayed passage: offsets are into the original document, the displayed
 * text may differ (PDF line breaks rejoined), so look for the surface form near the expected offset.
 */
export function locateMention(
  passageText: string,
  passageStart: number,
  mentionStart: number,
  surface: string,
): { start: number; end: number } | null {
  if (!surface) return null;
  const expected = mentionStart - passageStart;
  if (passageText.slice(expected, expected + surface.length) === surface)
    return { start: expected, end: expected + surface.length };
  let best = -1;
  let bestDist = Number.POSITIVE_INFINITY;
  let i = passageText.indexOf(surface);
  while (i >= 0) {
    const d = Math.abs(i - expected);
    if (d < bestDist) {
      best = i;
      bestDist = d;
    }
    i = passageText.indexOf(surface, i + 1);
  }
  return best >= 0 ? { start: best, end: best + surface.length } : null;
}
