/**
 * Contracts of the analyst views: the graph as known at a date (time slider), what changed between
 * two dates, agreement × zone and corridor × zone matrices, and geographic features. Shared by the
 * server (validation, OpenAPI) and the client.
 */
import { z } from "zod";
import { EvidenceView, SerializedGraph } from "./api";

/** An ISO calendar day, yyyy-mm-dd. */
export const IsoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date written yyyy-mm-dd")
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: "not a calendar date",
    },
  );

export const DateInterval = z.object({
  from: z.string(),
  to: z.string().nullable(),
  precision: z.enum(["day", "month", "year"]),
});

// ---------- time ----------
export const TimelineDocument = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string(),
  interval: DateInterval.nullable(),
});
/** A dated event on the slider: a document published, a zone established (as stated), a claim's period. */
export const TimelineEvent = z.object({
  date: z.string(),
  kind: z.enum(["document", "established", "claim"]),
  id: z.string(),
  label: z.string(),
});
export const TimelineResponse = z.object({
  documents: z.array(TimelineDocument),
  events: z.array(TimelineEvent),
  /** First and last day worth showing on a slider. */
  range: z.object({ from: z.string(), to: z.string() }).nullable(),
});
export type TimelineResponse = z.infer<typeof TimelineResponse>;

export const AtQuery = z
  .object({
    at: IsoDay.optional(),
    from: IsoDay.optional(),
    to: IsoDay.optional(),
    limit: z.coerce.number().int().min(1).max(2000).default(500),
  })
  .refine((q) => Boolean(q.at) !== Boolean(q.from || q.to), {
    message: "give either at, or from and/or to",
  })
  .refine((q) => !(q.from && q.to) || q.from <= q.to, { message: "from must not be after to" });
export type AtQuery = z.infer<typeof AtQuery>;

/** A zone as known at a date: established (with the sentence stating it) or applied for. */
export const DatedZone = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  status: z.enum(["established", "applied"]),
  /** Establishment date as stated (text of uneven precision), for established zones. */
  established: z.string().nullable(),
  evidence: z.array(EvidenceView),
});
/** A claimed value (e.g. the number of zones) as known at a date, with its sentence. */
export const DatedClaim = z.object({
  id: z.string(),
  subject: z.string(),
  predicate: z.string(),
  value: z.union([z.number(), z.string()]),
  unit: z.string().nullable(),
  asOf: z.string().nullable(),
  /** Date from which the claim is known: its period, or else its document's date. */
  knownFrom: z.string().nullable(),
  evidence: z.array(EvidenceView),
});
export type DatedClaim = z.infer<typeof DatedClaim>;

export const DatedSubgraph = z.object({
  window: z.object({ from: z.string().nullable(), to: z.string() }),
  documents: z.array(TimelineDocument),
  zones: z.array(DatedZone),
  /** The latest stated zone count in the window (ftz_count), with its sentence. */
  zoneCount: DatedClaim.nullable(),
  graph: SerializedGraph,
  truncated: z.boolean(),
});
export type DatedSubgraph = z.infer<typeof DatedSubgraph>;

export const ChangesQuery = z
  .object({ from: IsoDay, to: IsoDay })
  .refine((q) => q.from <= q.to, { message: "from must not be after to" });
export const ClaimChange = z.object({
  subject: z.string(),
  predicate: z.string(),
  before: DatedClaim.nullable(),
  after: DatedClaim,
});
export const ChangesResponse = z.object({
  from: z.string(),
  to: z.string(),
  addedEntities: z.array(
    z.object({ id: z.string(), name: z.string(), type: z.string(), nameEn: z.string().nullable() }),
  ),
  addedRelations: z.array(
    z.object({
      id: z.string(),
      type: z.string(),
      source: z.string(),
      target: z.string(),
      evidence: z.array(EvidenceView),
    }),
  ),
  /** Relations known at `from` whose every stating document is superseded by `to` (none in an append-only corpus). */
  removedRelations: z.array(
    z.object({ id: z.string(), type: z.string(), source: z.string(), target: z.string() }),
  ),
  /** Values that changed (21 → 22 zones), each side with its sentence. */
  changedClaims: z.array(ClaimChange),
  /** Claims of one subject and predicate that disagree, all known by `to`, side by side. */
  conflicts: z.array(z.object({ subject: z.string(), predicate: z.string(), claims: z.array(DatedClaim) })),
});
export type ChangesResponse = z.infer<typeof ChangesResponse>;

// ---------- matrices ----------
export const Stage = z.enum(["applied", "signed", "ratified", "in_force", "pilots", "aligned"]);
export const MatrixAxis = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  type: z.string(),
  short: z.string(),
});
export const AgreementMatrixQuery = z.object({
  rows: z
    .string()
    .default("FreeTradeZone,Area,Province,Country")
    .transform((s) =>
      s
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(["FreeTradeZone", "Area", "Province", "Country", "City", "Organization"])).min(1)),
});
export const AgreementCell = z.object({
  row: z.string(),
  column: z.string(),
  edge: z.string(),
  stage: Stage,
  evidenceCount: z.number().int().nonnegative(),
});
export const AgreementMatrix = z.object({
  rows: z.array(MatrixAxis),
  columns: z.array(MatrixAxis),
  cells: z.array(AgreementCell),
});
export type AgreementMatrix = z.infer<typeof AgreementMatrix>;

export const CorridorCell = z.object({
  row: z.string(),
  column: z.string(),
  directness: z.enum(["direct", "area", "port", "city", "province", "country"]),
  /** 1 = direct … 6 = through a partner country (weakest). */
  strength: z.number().int().min(1).max(6),
  /** "zone X → Area Y → corridor Z". */
  chain: z.string(),
  edges: z.array(z.string()),
});
export const CorridorMatrix = z.object({
  rows: z.array(MatrixAxis),
  columns: z.array(MatrixAxis),
  cells: z.array(CorridorCell),
  /**
   * True when the matrix is bounded: more corridors than it shows, or a corridor with more stations than
   * it read (its cells come from the first ones; GET /api/corridors/:id/zones pages through all of them).
   * Absent from servers before the bound.
   */
  truncated: z.boolean().optional(),
});
export type CorridorMatrix = z.infer<typeof CorridorMatrix>;
