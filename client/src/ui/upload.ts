/**
 * Upload panel: choose files → POST /api/documents (multipart) → the change set of each document,
 * with a checkbox per new relation → commit (unchecked relations are rejected decisions) with a
 * progress line → the new entities are handed to the explorer.
 */

import {
  CommitProgress,
  CommitResponse,
  type PreviewResponse,
  PreviewResponse as PreviewSchema,
} from "../../../contracts/ingest";
import { entityName, getLang, onLangChange, t, typeName } from "../i18n";
import { predicateName } from "../i18nMeta";
import {
  mergeReasonText,
  metadataNames,
  NO_FILE,
  refusalText,
  relationText,
  uploadErrorText,
} from "../model/uploadText";
import { clear, h } from "./dom";

export interface UploadDeps {
  committed: (entityIds: string[]) => void;
  fetchImpl?: typeof fetch;
}

/** A failed response, already put in the UI language (the server's own words kept as its detail). */
class UploadError extends Error {
  constructor(
    message: string,
    readonly detail: string,
  ) {
    super(message);
  }
}

async function json(res: Response): Promise<unknown> {
  const body: unknown = await res.json().catch(() => ({}));
  if (!res.ok) {
    const { text, detail } = uploadErrorText(body, res.status, getLang());
    throw new UploadError(text, detail);
  }
  return body;
}

export class UploadPanel {
  readonly el = h("div", { class: "upload", "data-testid": "upload" });
  private readonly input = h("input", {
    type: "file",
    multiple: true,
    accept: ".pdf,.docx,.html,.htm,.md,.txt",
    "data-testid": "upload-files",
    "aria-label": t("upload"),
  });
  private readonly title = h("input", { type: "text", placeholder: t("docTitle") });
  private readonly date = h("input", { type: "text", placeholder: `${t("docDate")} (2026-03-01)` });
  private readonly out = h("div", { class: "upload-result", "aria-live": "polite" });
  private readonly fetch: typeof fetch;

  constructor(private readonly deps: UploadDeps) {
    this.fetch = deps.fetchImpl ?? ((...a) => fetch(...a));
    this.translateInputs();
    const preview = h(
      "button",
      { type: "button", class: "btn", "data-testid": "upload-preview", onclick: () => void this.preview() },
      t("previewBtn"),
    );
    const note = h("p", { class: "panel-note" }, t("uploadHint"));
    onLangChange(() => {
      note.textContent = t("uploadHint");
      preview.textContent = t("previewBtn");
      this.translateInputs();
    });
    this.el.append(note, this.input, this.title, this.date, preview, this.out);
  }

  private translateInputs(): void {
    this.input.setAttribute("aria-label", t("upload"));
    this.title.placeholder = t("docTitle");
    this.title.setAttribute("aria-label", t("docTitle"));
    this.date.placeholder = `${t("docDate")} (2026-03-01)`;
    this.date.setAttribute("aria-label", t("docDate"));
  }

  private message(text: string, error = false, detail = "") {
    clear(this.out);
    this.out.append(
      h("p", { class: error ? "error" : "note", ...(error ? { role: "alert" } : {}) }, text),
      detail ? h("p", { class: "muted small upload-detail", lang: "en" }, detail) : "",
    );
  }

  private failed(e: unknown): void {
    if (e instanceof UploadError) this.message(e.message, true, e.detail);
    else this.message(e instanceof Error ? e.message : String(e), true);
  }

  async preview(): Promise<void> {
    const files = [...(this.input.files ?? [])];
    if (files.length === 0) {
      this.message(NO_FILE[getLang() === "zh" ? 0 : 1], true);
      this.input.focus();
      return;
    }
    const form = new FormData();
    for (const f of files) form.append("files", f, f.name);
    if (this.title.value.trim()) form.append("title", this.title.value.trim());
    if (this.date.value.trim()) form.append("date", this.date.value.trim());
    this.message("…");
    try {
      const res = await this.fetch("/api/documents", { method: "POST", body: form });
      this.render(PreviewSchema.parse(await json(res)));
    } catch (e) {
      this.failed(e);
    }
  }

  private list(label: string, items: HTMLElement[]): HTMLElement | null {
    if (items.length === 0) return null;
    return h(
      "details",
      { class: "changes", open: true },
      h("summary", {}, `${label} (${items.length})`),
      h("ul", {}, items),
    );
  }

  render(p: PreviewResponse): void {
    clear(this.out);
    const lang = getLang();
    const boxes: HTMLInputElement[] = [];
    for (const r of p.rejected) {
      const { text, detail } = refusalText(r, lang);
      this.out.append(h("p", { class: "error", title: detail }, `${t("refused")}: ${text}`));
    }
    for (const cs of p.changeSets) {
      const names = new Map(cs.newEntities.map((e) => [e.id, e.name]));
      const rel = (r: (typeof cs.newRelations)[number]) => {
        const box = h("input", { type: "checkbox", checked: true, "data-edge": r.id });
        boxes.push(box);
        return h(
          "li",
          { class: "new-relation" },
          h("label", {}, box, ` ${relationText(r, names, lang)}`),
          h("q", {}, r.evidence[0]?.quote ?? ""),
        );
      };
      const evidence = (r: (typeof cs.newEvidence)[number]) =>
        h(
          "li",
          { class: "new-evidence", "data-edge": r.id },
          relationText(r, names, lang),
          r.evidence[0] ? h("q", {}, r.evidence[0].quote) : "",
        );
      this.out.append(
        h("h4", {}, `${cs.document.title} (${cs.document.file})`),
        cs.missingMetadata.length
          ? h("p", { class: "warn" }, `${t("missingMeta")}: ${metadataNames(cs.missingMetadata, lang)}`)
          : "",
        this.list(
          t("newEntities"),
          cs.newEntities.map((e) =>
            h("li", { class: "new-entity", "data-id": e.id }, `${entityName(e, lang)} · ${typeName(e.type)}`),
          ),
        ) ?? "",
        this.list(t("newRelations"), cs.newRelations.map(rel)) ?? "",
        this.list(t("newEvidence"), cs.newEvidence.map(evidence)) ?? "",
        this.list(
          t("candidateMerges"),
          cs.candidateMerges.map((m) =>
            h("li", {}, `${m.name} ≈ ${m.existingName} (${mergeReasonText(m.reason, lang)})`),
          ),
        ) ?? "",
        this.list(
          t("conflictingClaims"),
          cs.conflictingClaims.map((c) =>
            h(
              "li",
              {},
              `${entityName({ name: c.subject.slice(c.subject.indexOf(":") + 1) }, lang)} ${predicateName(c.predicate, lang)}: ${c.value} ≠ ${c.existingValue}`,
            ),
          ),
        ) ?? "",
      );
    }
    if (!p.previewId) return;
    const previewId = p.previewId;
    const ids = p.changeSets.flatMap((cs) => cs.newEntities.map((e) => e.id));
    const commit = h(
      "button",
      {
        type: "button",
        class: "btn primary",
        "data-testid": "upload-commit",
        onclick: () => void this.commit(previewId, boxes, ids),
      },
      t("commitBtn"),
    );
    const cancel = h("button", { type: "button", class: "btn", onclick: () => clear(this.out) }, t("cancel"));
    this.out.append(h("div", { class: "actions" }, commit, cancel));
  }

  private async commit(previewId: string, boxes: HTMLInputElement[], ids: string[]): Promise<void> {
    const reject = boxes.filter((b) => !b.checked).map((b) => b.dataset.edge ?? "");
    const progress = h("p", { class: "note", "data-testid": "upload-progress" }, `${t("committing")}…`);
    clear(this.out);
    this.out.append(progress);
    const timer = setInterval(async () => {
      const res = await this.fetch(`/api/documents/commit/${encodeURIComponent(previewId)}`).catch(
        () => null,
      );
      const p = res?.ok ? CommitProgress.safeParse(await res.json()) : null;
      if (p?.success && p.data.state === "committing")
        progress.textContent = `${t("committing")} ${p.data.done}/${p.data.total} ${p.data.what}`;
    }, 500);
    try {
      const res = await this.fetch("/api/documents/commit", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ previewId, reject }),
      });
      const done = CommitResponse.parse(await json(res));
      progress.textContent = `${t("committed")}: ${done.documents.join(", ")} · ${done.entities} / ${done.relations}`;
      this.deps.committed(ids);
    } catch (e) {
      this.failed(e);
    } finally {
      clearInterval(timer);
    }
  }
}
