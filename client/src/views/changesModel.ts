/** Pure view model of "what changed between two dates": sections of rows, each with its sentences. */
import type { EvidenceView } from "../../../contracts/api";
import type { ChangesResponse, DatedClaim } from "../../../contracts/views";

/** The display name hidden in an entity id ("FreeTradeZone:中国（上海）…" → "中国（上海）…"). */
export function nameOfId(id: string): string {
  const i = id.indexOf(":");
  return i >= 0 ? id.slice(i + 1) : id;
}

export interface ClaimSide {
  value: string;
  asOf: string | null;
  knownFrom: string | null;
  evidence: EvidenceView[];
}
export interface ClaimRow {
  subject: string;
  subjectName: string;
  predicate: string;
  /** Values side by side: before → after for a change; every disagreeing statement for a conflict. */
  sides: ClaimSide[];
}
export interface ChangesView {
  from: string;
  to: string;
  changed: ClaimRow[];
  conflicts: ClaimRow[];
  /** Added entities grouped by type, largest group first. */
  addedByType: { type: string; entities: ChangesResponse["addedEntities"] }[];
  addedRelations: (ChangesResponse["addedRelations"][number] & { sourceName: string; targetName: string })[];
  removedRelations: ChangesResponse["removedRelations"];
  empty: boolean;
}

function side(c: DatedClaim): ClaimSide {
  const unit = c.unit ?? "";
  return {
    value: unit ? `${c.value} ${unit}` : String(c.value),
    asOf: c.asOf,
    knownFrom: c.knownFrom,
    evidence: c.evidence,
  };
}

export function changesView(r: ChangesResponse): ChangesView {
  const names = new Map(r.addedEntities.map((e) => [e.id, e.name]));
  const name = (id: string) => names.get(id) ?? nameOfId(id);
  const groups = new Map<string, ChangesResponse["addedEntities"]>();
  for (const e of r.addedEntities) groups.set(e.type, [...(groups.get(e.type) ?? []), e]);
  const view: ChangesView = {
    from: r.from,
    to: r.to,
    changed: r.changedClaims.map((c) => ({
      subject: c.subject,
      subjectName: name(c.subject),
      predicate: c.predicate,
      sides: [...(c.before ? [side(c.before)] : []), side(c.after)],
    })),
    conflicts: r.conflicts.map((c) => ({
      subject: c.subject,
      subjectName: name(c.subject),
      predicate: c.predicate,
      sides: [...c.claims].sort((a, b) => (a.knownFrom ?? "").localeCompare(b.knownFrom ?? "")).map(side),
    })),
    addedByType: [...groups.entries()]
      .map(([type, entities]) => ({ type, entities }))
      .sort((a, b) => b.entities.length - a.entities.length || a.type.localeCompare(b.type)),
    addedRelations: r.addedRelations.map((x) => ({
      ...x,
      sourceName: name(x.source),
      targetName: name(x.target),
    })),
    removedRelations: r.removedRelations,
    empty: false,
  };
  view.empty =
    !view.changed.length && !view.conflicts.length && !view.addedByType.length && !view.addedRelations.length;
  return view;
}
