/** Documents and their text with mention spans (offsets into the original document text). */
import type { DocumentDetail } from "../../contracts/api";
import { NotFoundError } from "../errors";
import type { DocumentRepository } from "../repositories/documents";

type Summary = Omit<DocumentDetail, "text" | "mentions">;

/**
 * The document text from its passages, each at its offsets; gaps between passages (whitespace and
 * line breaks the splitter dropped) become a line break followed by spaces, so every offset holds.
 */
export function textFromPassages(
  chars: number,
  passages: { start: number; end: number; text: string }[],
): string {
  let out = "";
  for (const p of [...passages].sort((a, b) => a.start - b.start)) {
    if (p.start < out.length) {
      // Overlap (should not happen): keep what is new.
      out += p.text.slice(out.length - p.start);
      continue;
    }
    const gap = p.start - out.length;
    if (gap > 0) out += `\n${" ".repeat(gap - 1)}`;
    out += p.text;
  }
  if (out.length < chars) out += `\n${" ".repeat(chars - out.length - 1)}`;
  return out;
}

function summary(row: Record<string, unknown>): Summary {
  const d = row.d as Record<string, unknown>;
  return {
    id: String(d.id),
    file: String(d.file ?? ""),
    title: String(d.title ?? ""),
    author: String(d.author ?? ""),
    date: String(d.date ?? ""),
    year: typeof d.year === "number" ? Math.trunc(d.year) : null,
    kind: String(d.kind ?? ""),
    chars: Math.trunc(Number(d.chars ?? 0)),
    passageCount: Math.trunc(Number(row.passageCount ?? 0)),
    mentionCount: Math.trunc(Number(row.mentionCount ?? 0)),
  };
}

export class DocumentService {
  constructor(private readonly repo: DocumentRepository) {}

  async list(): Promise<Summary[]> {
    return (await this.repo.list()).map(summary);
  }

  async get(id: string): Promise<DocumentDetail> {
    const row = await this.repo.get(id);
    if (!row) throw new NotFoundError(`No document with id ${JSON.stringify(id)}.`, { id });
    const s = summary(row);
    const passages = row.passages as { start: number; end: number; text: string }[];
    const text = typeof row.text === "string" ? row.text : textFromPassages(s.chars, passages);
    const mentions = (row.mentions as Record<string, unknown>[]).map((m) => ({
      node: String(m.node),
      type: String(m.type),
      name: String(m.name),
      start: Math.trunc(Number(m.start)),
      end: Math.trunc(Number(m.end)),
    }));
    return { ...s, chars: s.chars || text.length, text, mentions };
  }
}
