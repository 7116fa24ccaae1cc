/**
 * API key mode (the server's API_KEY): the key is asked for once, in a bilingual dialog, kept in
 * sessionStorage (this tab only, gone when it closes) and sent by the Api as the x-api-key header.
 * A 401 — no key yet, or a key the server refuses — opens the dialog again with the reason.
 */
import type { ApiAuth } from "../api";
import { t } from "../i18n";
import { h } from "./dom";

export const API_KEY_STORAGE_KEY = "zonegraph.apiKey";

type KeyStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** Asks the user for a key; `refused` says the previous one was not accepted. */
export type AskForKey = (refused: boolean) => Promise<string | null>;

/** The key in storage; requests refused at the same time share one prompt. */
export class SessionApiKey implements ApiAuth {
  private pending: Promise<string | null> | null = null;

  constructor(
    private readonly storage: KeyStorage,
    private readonly ask: AskForKey,
  ) {}

  key(): string | null {
    return this.storage.getItem(API_KEY_STORAGE_KEY);
  }

  unauthorized(rejected: string | null): Promise<string | null> {
    if (rejected !== null && this.key() === rejected) this.storage.removeItem(API_KEY_STORAGE_KEY);
    this.pending ??= this.ask(rejected !== null).then((key) => {
      this.pending = null;
      const trimmed = key?.trim() ?? "";
      if (!trimmed) return null;
      this.storage.setItem(API_KEY_STORAGE_KEY, trimmed);
      return trimmed;
    });
    return this.pending;
  }
}

/** The modal dialog that asks for the key (it stays open until a key is entered). */
export function askInDialog(refused: boolean): Promise<string | null> {
  return new Promise((resolve) => {
    const input = h("input", {
      type: "password",
      name: "apikey",
      id: "apikey-input",
      autocomplete: "off",
      spellcheck: "false",
      required: true,
    });
    const message = h(
      "p",
      { class: refused ? "error" : "", role: refused ? "alert" : null },
      t(refused ? "apiKeyRefused" : "apiKeyRequired"),
    );
    const form = h(
      "form",
      { method: "dialog" },
      h("h2", { id: "apikey-title" }, t("apiKeyTitle")),
      message,
      h("label", { for: "apikey-input" }, t("apiKeyLabel")),
      input,
      h("p", { class: "apikey-note" }, t("apiKeyNote")),
      h("button", { type: "submit" }, t("apiKeySubmit")),
    );
    const dialog = h("dialog", { class: "apikey-dialog", "aria-labelledby": "apikey-title" }, form);
    // The API cannot be used without a key: Escape does not close the dialog.
    dialog.addEventListener("cancel", (e) => e.preventDefault());
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      const key = input.value.trim();
      if (!key) return;
      dialog.close();
      dialog.remove();
      resolve(key);
    });
    document.body.append(dialog);
    dialog.showModal();
    input.focus();
  });
}
