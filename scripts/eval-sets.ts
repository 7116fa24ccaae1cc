/**
 * The hand-annotated gold sets (tests/fixtures/annotations/) shared by `npm run eval` and
 * `npm run train`: one list, so that the scores and the training data name the same seed files.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Gold } from "../server/extract/evaluate";

const annotations = fileURLToPath(new URL("../tests/fixtures/annotations/", import.meta.url));

/** The seed gold sets: invented or corpus documents annotated by hand (not the real-text sets). */
export const SEED_GOLD_FILES: readonly string[] = [
  "gold.json",
  "gold-001-004.json",
  "gold-002-heldout.json",
  "gold-rest-blind.json",
  "table1-focus-reannotation.json",
  "gold-unseen-blind.json",
  "gold-unseen-blind-2.json",
];

/** Reads one annotation file by name: [name, gold]. */
export const readGold = (file: string) =>
  [file, JSON.parse(readFileSync(`${annotations}${file}`, "utf8")) as Gold] as const;
