/**
 * Text views with offsets: normalisation for matching (same length as the input), rejoining of
 * PDF-broken lines, and sentence segmentation. Every derived string keeps a map back to offsets
 * in the ORIGINAL decoded document text.
 */
import * as OpenCC from "opencc-js";

const t2s = OpenCC.Converter({ from: "hk", to: "cn" });
const charCache = new Map<string, string>();

/** Normalises one UTF-16 code unit for matching: full-width → half-width, traditional → simplified. */
export function normChar(ch: string): string {
  const cached = charCache.get(ch);
  if (cached !== undefined) return cached;
  let out = ch;
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) out = String.fromCharCode(code - 0xfee0);
  else if (code === 0x3000) out = " ";
  else if (ch === "—" || ch === "－" || ch === "–" || ch === "‐" || ch === "―") out = "-";
  else if (ch === "〔" || ch === "【") out = "[";
  else if (ch === "〕" || ch === "】") out = "]";
  else if (code >= 0x3400 && code <= 0x9fff) {
    const s = t2s(ch);
    if (s.length === 1) out = s;
  }
  charCache.set(ch, out);
  return out;
}

/**
 * normChar by code unit, -1 until first asked (surrogates, paired or not, are never changed by
 * normChar; every other code unit gives one code unit).
 */
const byCode = new Int32Array(0x10000).fill(-1);

/** Same-length normalised copy of a string (safe to use with the same offsets). */
export function normalize(s: string): string {
  // most characters stay as they are: copy runs of them whole, and return `s` itself when none changes
  let out = "";
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    let n = byCode[code] as number;
    if (n < 0) {
      n = code >= 0xd800 && code <= 0xdfff ? code : normChar(s[i] as string).charCodeAt(0);
      byCode[code] = n;
    }
    if (n === code) continue;
    out += s.slice(from, i) + String.fromCharCode(n);
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** A string derived from the original text plus, for every code unit, its offset in the original. */
export interface View {
  text: string;
  map: number[];
}

const TERMINAL = /[。！？!?；;：:”"」』…）)]$/;
/** Stricter end-of-sentence test for PDF-extracted text, where lines often end on a quote or bracket. */
const PDF_TERMINAL = /[。！？!?][”"」』）)]*$/;
const HEADING_START =
  /^(#|-\s|•|□|■|第[一二三四五六七八九十百]+[章节部分]|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|表\s*\d|图\s*\d|附录|数据来源|注：|资料来源|\d{1,2}\s+[^\s\d年月日个家多万亿%.．])/;

/** A line that is only a numbered heading: 三、长沙片区 (no punctuation after its number). */
const NUMBERED_HEADING = /^[一二三四五六七八九十]+、[^，,、。；;：:！？!?]{1,24}$/;

interface Line {
  start: number;
  end: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === "\n") {
      let end = i;
      if (end > start && text[end - 1] === "\r") end--;
      lines.push({ start, end, text: text.slice(start, end) });
      start = i + 1;
    }
  }
  return lines;
}

/**
 * True when most long lines end without sentence-final punctuation: the text was extracted from a
 * PDF and its lines are broken mid-sentence.
 */
export function looksLineBroken(text: string): boolean {
  let long = 0;
  let open = 0;
  for (const line of splitLines(text)) {
    const t = line.text.trim();
    // a name on a line of its own (the issuing bodies under a notice) is no wrapped sentence
    if (t.length < 12 || isNameLine(t)) continue;
    long++;
    if (!TERMINAL.test(t)) open++;
  }
  return long >= 5 && open / long > 0.5;
}

/**
 * A line that holds one name: short, no punctuation but brackets (中国(上海)自由贸易试验区…管委会), after
 * an optional list number (1.重庆空港工业园区, （二）…).
 */
function isNameLine(line: string): boolean {
  const t = line.replace(LIST_NUMBER, "");
  return t.length <= NAME_LINE_MAX && !/[^\P{P}()（）]/u.test(t);
}
const LIST_NUMBER = /^(?:\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[)）])\s*/;
const NAME_LINE_MAX = 25;

/** A line that reads as a title or subtitle: short and without any punctuation. */
function isSubtitle(t: string): boolean {
  return t.length >= 4 && t.length <= SUBTITLE_MAX && !/[\p{P}]/u.test(t);
}
const SUBTITLE_MAX = 20;

/**
 * Builds the "clean" view: line breaks inside a sentence are removed (with the spaces around them),
 * other line breaks are kept as "\n". `forcedBreaks` are original offsets of lines that must start a
 * new passage (table rows).
 */
export function cleanView(text: string, forcedBreaks: ReadonlySet<number> = new Set()): View {
  const pdf = looksLineBroken(text);
  const lines = splitLines(text);
  let out = "";
  const map: number[] = [];
  let prev: Line | null = null;
  /** Whether the line before `prev` ended a sentence (or there was none). */
  let prevFollowsEnd = true;
  /** Whether an empty line stands between `prev` and this line (a paragraph break). */
  let blank = false;
  for (const line of lines) {
    const t = line.text.trim();
    if (t.length === 0) {
      blank = true;
      continue;
    }
    // PDF page numbers and footnote markers on their own line are dropped from the clean view.
    if (pdf && /^\d{1,3}$/.test(t)) continue;
    const lead = line.text.length - line.text.trimStart().length;
    const s = line.start + lead;
    if (prev !== null) {
      const pt = prev.text.trim();
      const standalone = /^\d{1,3}$/.test(t) || /^\d{1,3}$/.test(pt);
      let join = false;
      // a subtitle line (short, no punctuation at all, after a finished sentence) ends where it ends
      // (and a full line of running text follows: short lines of table cells are no subtitles)
      const subtitle = pdf && prevFollowsEnd && isSubtitle(pt) && t.length > SUBTITLE_MAX;
      const ended = subtitle || (pdf ? PDF_TERMINAL.test(pt) : TERMINAL.test(pt));
      if (!ended && !HEADING_START.test(t) && !forcedBreaks.has(s) && !standalone) {
        if (pdf) join = true;
        else {
          // Paragraph text: rejoin only an obvious mid-sentence break (a short last clause after a comma).
          const lastClause = pt.split(/[，,、]/).pop() ?? pt;
          // (never across an empty line: a subtitle line stands apart from the paragraph after it)
          // (a numbered heading, 三、长沙片区, has its 、 from its number: it is no broken sentence)
          join =
            !blank &&
            !NUMBERED_HEADING.test(pt) &&
            /[，、]/.test(pt) &&
            lastClause.length <= 6 &&
            /[\u4e00-\u9fff]$/.test(pt);
        }
      }
      if (!join) {
        out += "\n";
        map.push(prev.end);
      } else if (/[A-Za-z0-9]$/.test(pt) && /^[A-Za-z0-9]/.test(t)) {
        out += " ";
        map.push(prev.end);
      }
    }
    const body = line.text.slice(lead).trimEnd();
    for (let i = 0; i < body.length; i++) {
      out += body[i];
      map.push(s + i);
    }
    prevFollowsEnd = prev === null || PDF_TERMINAL.test(prev.text.trim()) || isSubtitle(prev.text.trim());
    prev = { start: s, end: s + body.length, text: body };
    blank = false;
  }
  return { text: out, map };
}

export interface Segment {
  /** Offsets into the original text. */
  start: number;
  end: number;
  /** Clean (rejoined) text of the segment and, per code unit, its original offset. */
  clean: string;
  map: number[];
}

const SENT_END = /[。！？!?]/;
const CLOSERS = /[”"」』）)]/;
const MAX_SEGMENT = 400;

/** Splits the clean view into sentences (or lines for headings/table rows), trimmed, non-empty. */
export function segment(view: View): Segment[] {
  const out: Segment[] = [];
  const { text, map } = view;
  let s = 0;
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a] ?? "")) a++;
    while (b > a && /\s/.test(text[b - 1] ?? "")) b--;
    if (b <= a) return;
    const clean = text.slice(a, b);
    if (!/[\p{L}\p{N}]/u.test(clean)) return;
    const m = map.slice(a, b);
    out.push({ start: m[0] ?? 0, end: (m[m.length - 1] ?? 0) + 1, clean, map: m });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    if (ch === "\n") {
      push(s, i);
      s = i + 1;
    } else if (SENT_END.test(ch)) {
      let j = i + 1;
      while (j < text.length && (CLOSERS.test(text[j] ?? "") || SENT_END.test(text[j] ?? ""))) j++;
      push(s, j);
      s = j;
      i = j - 1;
    } else if (i - s >= MAX_SEGMENT && /[，；;,]/.test(ch)) {
      push(s, i + 1);
      s = i + 1;
    }
  }
  push(s, text.length);
  return out;
}
