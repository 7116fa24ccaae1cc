/**
 * What the upload panel writes, in the UI language: why a file was refused (from the server's error
 * code and `details.reason`, not its English message), what is missing before a preview, and each
 * relation of a change set as "A —TYPE→ B" with the entities' names instead of their ids.
 */
import { ErrorBody } from "../../../contracts/api";
import { entityName, type Lang, relName } from "../i18n";
import { errorText } from "../i18nMeta";

const REASONS: Record<string, [string, string]> = {
  "too-large": ["文件超过上传大小上限", "The file is above the upload size limit"],
  "unknown-type": [
    "不支持的文件类型（请上传 PDF、DOCX、HTML、Markdown 或纯文本）",
    "Unsupported file type (upload PDF, DOCX, HTML, Markdown or plain text)",
  ],
  encrypted: ["PDF 已加密，无法读取", "The PDF is encrypted and cannot be read"],
  scanned: [
    "PDF 只有扫描图像，没有文字层（请先做文字识别）",
    "The PDF holds scanned images only, no text layer (run OCR first)",
  ],
  "broken-archive": ["文件已损坏，无法打开", "The file is damaged and cannot be opened"],
  duplicate: ["该文档已导入过（内容相同）", "This document was imported already (same content)"],
  empty: ["文件中没有可读的文字", "The file holds no readable text"],
  undecodable: ["无法读取文件的文字（编码无法识别）", "The file's text cannot be read (unknown encoding)"],
};

/** Multer names the form field, not the file, when a file is too large. */
const NOT_A_FILE = new Set(["files", "upload", ""]);

/** The upload limit the server names in a too-large refusal ("the 33554432-byte upload limit"), in MB. */
function limitOf(r: { reason?: string; message: string }, lang: Lang): string {
  const bytes = r.reason === "too-large" ? /(\d+)-byte upload limit/.exec(r.message)?.[1] : undefined;
  if (!bytes) return "";
  const mb = Math.round((Number(bytes) / 1024 / 1024) * 10) / 10;
  return lang === "zh" ? `（上限 ${mb} MB）` : ` (limit ${mb} MB)`;
}

/** One refused file in the UI language: the reason, the file's name, and the server's exact words. */
export function refusalText(
  r: { file?: string; reason?: string; message: string },
  lang: Lang,
): { text: string; detail: string } {
  const pair = r.reason ? REASONS[r.reason] : undefined;
  if (!pair) return { text: r.message, detail: "" };
  const file = r.file && !NOT_A_FILE.has(r.file) ? `${lang === "zh" ? "：" : ": "}${r.file}` : "";
  return { text: `${pair[lang === "zh" ? 0 : 1]}${limitOf(r, lang)}${file}`, detail: r.message };
}

/**
 * A failed upload or commit response in the UI language: a refused document by its reason, any other
 * API error by its code (errorText), a response that is not an API error by its HTTP status.
 */
export function uploadErrorText(body: unknown, status: number, lang: Lang): { text: string; detail: string } {
  const err = ErrorBody.safeParse(body);
  if (!err.success) return { text: errorText(new Error(`HTTP ${status}`), lang), detail: "" };
  const { code, message, details } = err.data.error;
  const d = (details ?? {}) as { file?: unknown; reason?: unknown };
  if (code === "DOCUMENT_REJECTED" && typeof d.reason === "string" && REASONS[d.reason])
    return refusalText({ file: typeof d.file === "string" ? d.file : "", reason: d.reason, message }, lang);
  return { text: errorText(Object.assign(new Error(message), { code }), lang), detail: "" };
}

/** The message when Preview is pressed without a file. */
export const NO_FILE: [string, string] = [
  "请先选择要上传的文件（PDF、DOCX、HTML、Markdown 或纯文本）。",
  "Choose a file to upload first (PDF, DOCX, HTML, Markdown or plain text).",
];

/** An entity id is `Type:name`; its display name from the change set's names, else from the id. */
function nameOf(id: string, names: ReadonlyMap<string, string>, lang: Lang): string {
  const name = names.get(id) ?? id.slice(id.indexOf(":") + 1);
  return entityName({ name }, lang);
}

/** "二连浩特片区 —属于→ 中国（内蒙古）自由贸易试验区" for a relation of a change set. */
export function relationText(
  r: { type: string; source: string; target: string },
  names: ReadonlyMap<string, string>,
  lang: Lang,
): string {
  return `${nameOf(r.source, names, lang)} —${relName(r.type, lang)}→ ${nameOf(r.target, names, lang)}`;
}

const METADATA: Record<string, [string, string]> = {
  title: ["标题", "title"],
  author: ["作者", "author"],
  date: ["日期", "date"],
  kind: ["类型", "kind"],
};

/** The missing metadata fields of a change set ("title, date" → "标题、日期"). */
export function metadataNames(fields: readonly string[], lang: Lang): string {
  return fields.map((f) => METADATA[f]?.[lang === "zh" ? 0 : 1] ?? f).join(lang === "zh" ? "、" : ", ");
}

/** Why a new entity may be an existing one: the server's "same name" / "name contains X". */
export function mergeReasonText(reason: string, lang: Lang): string {
  if (reason === "same name") return lang === "zh" ? "同名" : reason;
  const contains = /^name contains (.+)$/.exec(reason);
  if (contains) return lang === "zh" ? `名称包含“${contains[1]}”` : reason;
  return reason;
}
