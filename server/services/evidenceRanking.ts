/**
 * Which evidence sentences are shown, and in which order (pure; used by every service that returns
 * evidence, so the API, the CLI and the client show the same sentences).
 *
 * The rule, for prose evidence (`pattern`, `cooccurrence`, `catalog`; table rows and human decisions are
 * records and always shown):
 * - a **heading** is not evidence: a line that starts with Markdown `#`, a numbered section line
 *   (第三章…, （一）…, 一、…) without a sentence end, or a line without any punctuation at all of at most
 *   {@link HEADING_MAX_CHARS} characters (a title, not a statement);
 * - a **fragment** is not evidence: fewer than {@link MIN_CONTENT_CHARS} letters, digits or ideographs,
 *   or a sentence that opens inside another one (it starts with a comma, a closing mark, or one
 *   character followed by a comma: the tail of a sentence cut by a page break).
 * Then exact duplicates (the same sentence text) collapse into the first, which lists the others'
 * documents in `alsoIn`, and the order is: sentences naming both ends of the relation first, then one
 * end, then neither; ties by method (human, table, pattern, catalog, co-occurrence), newer document,
 * then document and offset.
 */
import type { EvidenceView } from "../../contracts/api";

export const HEADING_MAX_CHARS = 40;
export const MIN_CONTENT_CHARS = 10;

export type SentenceKind = "statement" | "heading" | "fragment";

const ANY_PUNCTUATION = /[，。；：！？、,;:!?…—]/;
const SENTENCE_END = /[。！？!?；;…”」』）)]\s*$/;
const SECTION_NUMBER =
  /^(第[一二三四五六七八九十百\d]+[章节部分篇]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+(\.\d+)*[、.](?!\d))/;
const OPENS_INSIDE = /^([，。；：！？、,;:!?）)」』”]|[^\s，,]{1}[，,])/;
const CONTENT_CHAR = /[\p{L}\p{N}]/gu;

/** Kind of a sentence as displayed evidence (see the module comment for the rule). */
export function sentenceKind(sentence: string): SentenceKind {
  const s = sentence.replace(/\s*\n\s*/g, "").trim();
  if (s.startsWith("#")) return "heading";
  if (SECTION_NUMBER.test(s) && !SENTENCE_END.test(s)) return "heading";
  const content = s.match(CONTENT_CHAR)?.length ?? 0;
  if (content < MIN_CONTENT_CHARS) return "fragment";
  if (!ANY_PUNCTUATION.test(s.replace(/^[-•*]\s*/, "")) && s.length <= HEADING_MAX_CHARS) return "heading";
  if (OPENS_INSIDE.test(s)) return "fragment";
  return "statement";
}

/** Evidence of these methods is a record (a table row, a reviewed decision), never filtered. */
const RECORD_METHODS = new Set<EvidenceView["method"]>(["table", "human"]);

export function isShownEvidence(ev: Pick<EvidenceView, "method" | "quote" | "sentence">): boolean {
  if (RECORD_METHODS.has(ev.method)) return true;
  return sentenceKind(ev.sentence ?? ev.quote) === "statement";
}

/** A part of a compound document (several articles in one file): its title and where it starts. */
export interface DocumentPart {
  title: string;
  start: number;
}

/** The title of the part an offset lies in (the last part starting at or before it), else the title. */
export function partTitle(title: string, parts: readonly DocumentPart[] | undefined, offset: number): string {
  let best: DocumentPart | undefined;
  for (const p of parts ?? []) if (p.start <= offset && (!best || p.start > best.start)) best = p;
  return best?.title ?? title;
}

/** The names one end of a relation is written with: its id (for recorded mentions) and its names. */
export interface EndNames {
  id: string;
  names: string[];
}

/** The names a relation end is written with, for evidence ranking. */
export function endNames(e: {
  id: string;
  name: string;
  nameEn?: string | null;
  aliases?: string[] | null;
}): EndNames {
  return { id: e.id, names: [e.name, ...(e.nameEn ? [e.nameEn] : []), ...(e.aliases ?? [])] };
}

/** How many of the ends the sentence names: a recorded mention in its passage, or a name in its text. */
export function endsNamed(
  ev: Pick<EvidenceView, "passage" | "quote" | "sentence">,
  ends: readonly EndNames[],
  mentions?: ReadonlyMap<string, ReadonlySet<string>>,
): number {
  const text = (ev.sentence ?? ev.quote).replace(/\s+/g, "");
  const mentioned = mentions?.get(ev.passage);
  let n = 0;
  for (const end of ends) {
    if (mentioned?.has(end.id)) n++;
    else if (end.names.some((name) => name.length > 0 && text.includes(name.replace(/\s+/g, "")))) n++;
  }
  return n;
}

const METHOD_ORDER: Record<EvidenceView["method"], number> = {
  human: 0,
  table: 1,
  pattern: 2,
  catalog: 3,
  learned: 4,
  cooccurrence: 5,
};

/** Same sentence text (whitespace ignored) → one item; the first one seen keeps, the rest go to alsoIn. */
export function collapseDuplicates(views: readonly EvidenceView[]): EvidenceView[] {
  const byText = new Map<string, EvidenceView>();
  for (const v of views) {
    const key = (v.sentence ?? v.quote).replace(/\s+/g, "");
    const first = byText.get(key);
    if (!first) {
      byText.set(key, { ...v });
      continue;
    }
    if (first.doc === v.doc && first.start === v.start) continue;
    const also = first.alsoIn ?? [];
    if (!also.some((a) => a.doc === v.doc) && v.doc !== first.doc)
      first.alsoIn = [...also, { doc: v.doc, docTitle: v.docTitle, docDate: v.docDate }];
  }
  return [...byText.values()];
}

/** Shown evidence, best first; `hidden` counts the headings and fragments left out. */
export function rankEvidence(
  views: readonly EvidenceView[],
  ends: readonly EndNames[] = [],
  mentions?: ReadonlyMap<string, ReadonlySet<string>>,
): { evidence: EvidenceView[]; hidden: number } {
  const shown = views.filter(isShownEvidence);
  const scored = shown.map((v) => ({ v, named: endsNamed(v, ends, mentions) }));
  scored.sort(
    (a, b) =>
      b.named - a.named ||
      METHOD_ORDER[a.v.method] - METHOD_ORDER[b.v.method] ||
      b.v.docDate.localeCompare(a.v.docDate) ||
      a.v.doc.localeCompare(b.v.doc) ||
      a.v.start - b.v.start,
  );
  const evidence = collapseDuplicates(
    scored.map((s) => (ends.length > 0 ? { ...s.v, endsNamed: s.named } : s.v)),
  );
  return { evidence, hidden: views.length - shown.length };
}
