/**
 * Schema of the curated catalog files in data/catalog/*.json (validated when loaded).
 * Each file: { "description"?: string, "entries": CatalogEntry[] }.
 */
import { z } from "zod";
import { NodeType, Properties } from "./graph";

export const CatalogEntry = z
  .object({
    /** Canonical Chinese name (simplified, full-width brackets), used in node ids. */
    name: z.string().min(1),
    nameEn: z.string().min(1).nullable().default(null),
    type: NodeType,
    /** Other surface forms: short names, abbreviations, Latin acronyms, traditional spellings. */
    aliases: z.array(z.string().min(1)).default([]),
    /** One-character abbreviation used in compounds such as 中蒙俄, 中吉乌, 黔粤 (countries, provinces). */
    abbr: z.string().length(1).optional(),
    /** Canonical name of the parent: Area → its FreeTradeZone, City → its Province, Port → its City. */
    parent: z.string().min(1).optional(),
    properties: Properties.default({}),
  })
  .strict();
export type CatalogEntry = z.infer<typeof CatalogEntry>;

export const CatalogFile = z
  .object({
    description: z.string().optional(),
    entries: z.array(CatalogEntry),
  })
  .strict();
export type CatalogFile = z.infer<typeof CatalogFile>;
