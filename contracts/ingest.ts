/**
 * Uploads, change sets, review decisions and the review queue (issue 15). Shared by the server,
 * the client and the OpenAPI document.
 */
import { z } from "zod";
import { NodeType, RelType } from "./graph";

// ---------- upload → change set ----------
export const UploadMeta = z.object({
  title: z.string().max(500).optional(),
  author: z.string().max(200).optional(),
  date: z.string().max(40).optional(),
  kind: z.string().max(80).optional(),
});
export type UploadMeta = z.infer<typeof UploadMeta>;

const EvidenceItem = z.object({ quote: z.string(), start: z.number().int(), end: z.number().int() });

export const ChangeEntity = z.object({ id: z.string(), type: NodeType, name: z.string() });
export const ChangeRelation = z.object({
  id: z.string(),
  type: RelType,
  source: z.string(),
  target: z.string(),
  confidence: z.number(),
  evidence: z.array(EvidenceItem),
});
export const CandidateMerge = z.object({
  id: z.string().describe("The new entity"),
  name: z.string(),
  existing: z.string().describe("An existing entity of the same type with the same or an overlapping name"),
  existingName: z.string(),
  reason: z.string(),
});
export const ConflictingClaim = z.object({
  subject: z.string(),
  predicate: z.string(),
  asOf: z.string().nullable(),
  value: z.union([z.number(), z.string()]),
  existingValue: z.union([z.number(), z.string()]),
  existingClaim: z.string(),
  quote: z.string(),
});

export const ChangeSet = z.object({
  document: z.object({
    id: z.string(),
    file: z.string(),
    type: z.enum(["text", "markdown", "html", "pdf", "docx"]),
    title: z.string(),
    author: z.string(),
    date: z.string(),
    kind: z.string(),
    chars: z.number().int(),
    pages: z.number().int().optional(),
    sha256: z.string(),
  }),
  missingMetadata: z.array(z.enum(["title", "author", "date", "kind"])),
  newEntities: z.array(ChangeEntity),
  newRelations: z.array(ChangeRelation),
  newEvidence: z.array(ChangeRelation).describe("Relations that exist already and gain evidence"),
  candidateMerges: z.array(CandidateMerge),
  conflictingClaims: z.array(ConflictingClaim),
});
export type ChangeSet = z.infer<typeof ChangeSet>;

export const RejectedFile = z.object({ file: z.string(), reason: z.string(), message: z.string() });

export const PreviewResponse = z.object({
  previewId: z
    .string()
    .nullable()
    .describe("Commit with POST /api/documents/commit; null when nothing is new"),
  expiresAt: z.string().nullable(),
  changeSets: z.array(ChangeSet),
  rejected: z.array(RejectedFile),
});
export type PreviewResponse = z.infer<typeof PreviewResponse>;

export const CommitRequest = z.object({
  previewId: z.string().min(1),
  reject: z
    .array(z.string())
    .max(10_000)
    .default([])
    .describe("Ids of new relations not to load (stored as reject decisions)"),
  why: z.string().max(1000).optional(),
});
export type CommitRequest = z.infer<typeof CommitRequest>;

export const CommitProgress = z.object({
  previewId: z.string(),
  state: z.enum(["previewed", "committing", "committed", "failed"]),
  done: z.number().int(),
  total: z.number().int(),
  what: z.string(),
  error: z.string().optional(),
});
export type CommitProgress = z.infer<typeof CommitProgress>;

export const CommitResponse = z.object({
  documents: z.array(z.string()),
  relations: z.number().int(),
  entities: z.number().int(),
  rejected: z.number().int(),
  seconds: z.number(),
});
export type CommitResponse = z.infer<typeof CommitResponse>;

export const DeleteDocumentResponse = z.object({
  document: z.string(),
  relationsDeleted: z.number().int(),
  relationsKept: z.number().int(),
  entitiesDeleted: z.number().int(),
  claimsDeleted: z.number().int(),
});
export type DeleteDocumentResponse = z.infer<typeof DeleteDocumentResponse>;

// ---------- review decisions ----------
const why = z.string().max(1000).optional();
export const DecisionInput = z.discriminatedUnion("action", [
  z.object({ action: z.literal("accept"), edge: z.string().min(1), why }),
  z.object({ action: z.literal("reject"), edge: z.string().min(1), why }),
  z.object({ action: z.literal("retype"), edge: z.string().min(1), type: RelType, why }),
  z.object({ action: z.literal("merge"), from: z.string().min(1), into: z.string().min(1), why }),
  z.object({ action: z.literal("split"), entity: z.string().min(1), alias: z.string().min(1).max(200), why }),
  z.object({ action: z.literal("rename"), entity: z.string().min(1), name: z.string().min(1).max(200), why }),
  z.object({
    action: z.literal("setNameEn"),
    entity: z.string().min(1),
    nameEn: z.string().min(1).max(200),
    why,
  }),
]);
export type DecisionInput = z.infer<typeof DecisionInput>;

export const Decision = z.intersection(
  DecisionInput,
  z.object({
    id: z.string().min(1),
    at: z.string().describe("ISO time the decision was made"),
    who: z.string().describe('The API key\'s name, or "local"'),
  }),
);
export type Decision = z.infer<typeof Decision>;

export const DecisionsFile = z.object({
  format: z.literal("zonegraph-decisions"),
  version: z.literal(1),
  decisions: z.array(Decision).max(100_000),
});
export type DecisionsFile = z.infer<typeof DecisionsFile>;

export const DecisionResult = z.object({
  decision: Decision,
  applied: z
    .boolean()
    .describe("False when its subject is not in the graph (kept, applied after the next load)"),
});

export const ImportResult = z.object({
  imported: z.number().int(),
  known: z.number().int(),
  applied: z.number().int(),
});

export const ReviewQueueQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(20),
});
export const ReviewItem = z.object({
  id: z.string(),
  type: RelType,
  source: z.object({ id: z.string(), name: z.string() }),
  target: z.object({ id: z.string(), name: z.string() }),
  confidence: z.number(),
  evidence: z.array(
    z.object({ doc: z.string(), quote: z.string(), start: z.number(), end: z.number(), method: z.string() }),
  ),
});
export type ReviewItem = z.infer<typeof ReviewItem>;
export const ReviewQueue = z.object({ items: z.array(ReviewItem) });
