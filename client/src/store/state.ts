/**
 * The explorer's one state: everything a user action changes, except the data graph itself (positions and
 * the nodes/edges brought in), which lives in the graphology scene graph and is snapshotted by the store.
 * Collections are read-only sets: reducers return new ones, never mutate.
 */
import type { PathsResponse } from "../../../contracts/api";
import type { Lang } from "../i18n";
import { DEFAULT_LAYOUT, type LayoutSettings } from "../layout/settings";
import type { CorridorLinks } from "../model/corridorLinks";
import type { MetricKind } from "../model/metrics";
import type { StyleRule } from "../model/styleRules";

export type ColourBy = "type" | MetricKind;
export type SizeBy = "degree" | "pagerank" | "betweenness";

/** Options of the paths search (max hops, allowed relationship types, co-occurrence). */
export interface PathOptions {
  maxHops: number;
  /** Relationship types allowed; empty = every typed relationship. */
  types: readonly string[];
  coOccurrence: boolean;
}

/** The last paths search and what it found (ids only; the edges carry their evidence in the scene). */
export interface PathResult {
  from: string;
  to: string;
  options: PathOptions;
  paths: readonly { nodes: readonly string[]; edges: readonly string[] }[];
  /** Server's explanation when no path was found, if any (English), and its code and numbers. */
  reason: string | null;
  reasonCode?: PathsResponse["reasonCode"] | null;
  reasonFacts?: PathsResponse["reasonFacts"] | null;
  /** Paths available through co-occurrence when it was not allowed, if the server counted them. */
  coOccurrencePaths: number | null;
}

export interface ExplorerState {
  lang: Lang;
  hiddenTypes: ReadonlySet<string>;
  hiddenRels: ReadonlySet<string>;
  selectedNode: string | null;
  selectedEdge: string | null;
  /** Emphasised nodes/edges (selection neighbourhood, path, corridor chain); others are dimmed. */
  focusNodes: ReadonlySet<string> | null;
  focusEdges: ReadonlySet<string> | null;
  /** Multi-selection (Ctrl+click, lasso). */
  lasso: ReadonlySet<string>;
  colourBy: ColourBy;
  sizeBy: SizeBy;
  /** Rule-based styling (model/styleRules.ts), in order: the first matching rule sets colour or size. */
  styleRules: readonly StyleRule[];
  /** The Layout button's layout and ForceAtlas2 settings (other layout runs use ForceAtlas2 with them). */
  layout: LayoutSettings;
  /** Share of labels sigma may draw (its `labelDensity`), 0.05–3. */
  labelDensity: number;
  /** Range filters: nodes with fewer relationships (whole-graph degree) and weaker edges are hidden; 0 = off. */
  minDegree: number;
  minConfidence: number;
  /** Corridor being followed and Cypher query shown (both go into share links). */
  corridor: string | null;
  query: string | null;
  /** The followed corridor's links, by zone (what the inspector says of a zone's link to it). */
  corridorLinks: CorridorLinks;
  pathOptions: PathOptions;
  path: PathResult | null;
  /** Bumped by every scene change, so subscribers know the data graph moved on. */
  sceneVersion: number;
}

export const DEFAULT_PATH_OPTIONS: PathOptions = { maxHops: 4, types: [], coOccurrence: false };
export const MIN_LABEL_DENSITY = 0.05;
export const DEFAULT_LABEL_DENSITY = 0.6;
export const MAX_LABEL_DENSITY = 3;
/** Highest minimum degree the filter takes (above every node of the corpus; a bound for hostile links). */
export const MAX_MIN_DEGREE = 100_000;

export function initialState(lang: Lang = "zh"): ExplorerState {
  return {
    lang,
    hiddenTypes: new Set(),
    hiddenRels: new Set(),
    selectedNode: null,
    selectedEdge: null,
    focusNodes: null,
    focusEdges: null,
    lasso: new Set(),
    colourBy: "type",
    sizeBy: "degree",
    styleRules: [],
    layout: DEFAULT_LAYOUT,
    labelDensity: DEFAULT_LABEL_DENSITY,
    minDegree: 0,
    minConfidence: 0,
    corridor: null,
    query: null,
    corridorLinks: new Map(),
    pathOptions: DEFAULT_PATH_OPTIONS,
    path: null,
    sceneVersion: 0,
  };
}
