/**
 * The search box's phrase mode (Bloom's search phrases): which phrases the typed text offers, the phrase
 * being filled in (its open slot asks the entity search for the slot's types only), and the messages for an
 * unknown or wrongly typed entity. The phrases come from model/phrases.ts; running one is the caller's.
 */
import type { NamedQuery, SearchHit } from "../../../contracts/api";
import type { Api } from "../api";
import { entityName, getLang, type StringKey, t, typeName } from "../i18n";
import {
  fillSlot,
  matchPhrases,
  openSlot,
  type Phrase,
  type PhraseDraft,
  type PhraseMatch,
  phraseText,
  startDraft,
  usablePhrases,
} from "../model/phrases";

/** Most phrases offered at once under the typed text. */
const MAX_OFFERED = 3;

export function say(key: StringKey, vars: Record<string, string | number>): string {
  return t(key).replace(/\{(\w+)\}/g, (all, k: string) => (k in vars ? String(vars[k]) : all));
}

/** The entity types a slot takes, as the UI names them ("经济走廊", "entity" for any). */
export function slotTypeName(types: readonly string[]): string {
  return types.length ? types.map((x) => typeName(x)).join(" / ") : t("phraseAnyEntity");
}

/** A phrase with its chosen entities, its typed texts, else ‹type› where a slot stands. */
export function draftText(d: Pick<PhraseDraft, "phrase" | "values" | "texts">, withTexts = false): string {
  return phraseText(d.phrase, getLang(), (s) => {
    const chosen = d.values[s]?.label ?? (withTexts ? d.texts[s] : undefined);
    return chosen ?? `‹${slotTypeName(d.phrase.slots[s] ?? [])}›`;
  });
}

export type ChooseOutcome = { kind: "refused"; message: string } | { kind: "next" } | { kind: "done" };

export class PhraseMode {
  private phrases: Phrase[] = [];
  draft: PhraseDraft | null = null;

  constructor(private readonly api: Api) {}

  /** The phrases that fit the server's named queries (the others are reported on the console). */
  use(catalog: readonly NamedQuery[], table?: unknown): void {
    const { phrases, problems } = usablePhrases(catalog, table);
    this.phrases = phrases;
    for (const p of problems) console.warn(`search phrases: ${p}`);
  }

  offers(q: string): PhraseMatch[] {
    return this.draft ? [] : matchPhrases(q, this.phrases, getLang()).slice(0, MAX_OFFERED);
  }

  /** The open slot of the phrase being filled in and its types. */
  slot(): { name: string; types: readonly string[] } | null {
    const name = this.draft && openSlot(this.draft, getLang());
    return this.draft && name ? { name, types: this.draft.phrase.slots[name] ?? [] } : null;
  }

  /** Start filling a phrase in; the text to put in the box is what was typed for its first open slot. */
  start(m: PhraseMatch): string {
    this.draft = startDraft(m);
    const slot = this.slot();
    return slot ? (this.draft.texts[slot.name] ?? "") : "";
  }

  cancel(): void {
    this.draft = null;
  }

  prompt(): string {
    const slot = this.slot();
    if (!this.draft || !slot) return "";
    return say("phraseChoose", { phrase: draftText(this.draft), type: slotTypeName(slot.types) });
  }

  /** Put an entity in the open slot: refused (wrong type), the next slot, or the phrase is complete. */
  choose(hit: SearchHit): ChooseOutcome {
    const slot = this.slot();
    if (!this.draft || !slot) return { kind: "done" };
    const label = entityName(hit, getLang());
    const r = fillSlot(this.draft, slot.name, { id: hit.id, type: hit.type, name: hit.name, label });
    if (r.refusal) return { kind: "refused", message: this.wrongType(label, hit.type, slot.types) };
    this.draft = r.draft;
    return this.slot() ? { kind: "next" } : { kind: "done" };
  }

  /** The text typed for the open slot (filled from the first typed phrase), if any. */
  typedForSlot(): string {
    const slot = this.slot();
    return (slot && this.draft?.texts[slot.name]) || "";
  }

  /** Why the open slot's search found nothing: an entity of another type has that name, or none does. */
  async nothingFound(q: string): Promise<string> {
    const types = this.slot()?.types ?? [];
    const other = await this.api
      .search(q, { limit: 1 })
      .then((r) => r.hits[0])
      .catch(() => undefined);
    if (other && types.length && !types.includes(other.type))
      return this.wrongType(entityName(other, getLang()), other.type, types);
    return say("phraseNoEntity", { q, type: slotTypeName(types) });
  }

  private wrongType(name: string, got: string, types: readonly string[]): string {
    return say("phraseWrongType", { name, got: typeName(got), type: slotTypeName(types) });
  }
}
