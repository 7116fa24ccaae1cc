/** Every user action on the explorer, as plain data. Reducers (reducer.ts) turn them into a new state. */
import type { CorridorZonesResponse } from "../../../contracts/api";
import type { Lang } from "../i18n";
import type { LayoutSettings } from "../layout/settings";
import type { StyleRule } from "../model/styleRules";
import type { ColourBy, ExplorerState, PathOptions, PathResult, SizeBy } from "./state";

export interface FocusSets {
  nodes: readonly string[];
  edges: readonly string[];
}

/** What changed in the data graph; the store runs the mutation, the reducer then reconciles the state. */
export type SceneChangeKind =
  | "overview"
  | "expand"
  | "collapse"
  | "hide"
  | "pin"
  | "add"
  | "path"
  | "corridor"
  | "cypher"
  | "view"
  /** The time slider's graph at a date (one history entry for a whole run of dates). */
  | "dated"
  | "shared"
  /** A layout run from the Layout button or panel: its new positions (undo puts the nodes back). */
  | "layout"
  /** Back/Forward to a browser history entry of this session. */
  | "history";

export type Action =
  | { type: "select"; id: string; focus?: FocusSets }
  | { type: "selectEdge"; id: string }
  | { type: "clearSelection" }
  | { type: "toggleLasso"; id: string }
  | { type: "setLasso"; ids: readonly string[]; additive: boolean }
  | { type: "highlight"; focus: FocusSets }
  | { type: "toggleType"; nodeType: string }
  | { type: "toggleRel"; rel: string }
  | { type: "setStyle"; colourBy: ColourBy; sizeBy: SizeBy }
  | { type: "setLang"; lang: Lang }
  /** Style rules: add one at the end, remove one, move one up or down, or set the whole list (restore). */
  | { type: "addStyleRule"; rule: StyleRule }
  | { type: "removeStyleRule"; id: string }
  | { type: "moveStyleRule"; id: string; by: -1 | 1 }
  | { type: "setStyleRules"; rules: readonly StyleRule[] }
  /** Layout parameters: the fields given change (clamped), the others stay. */
  | { type: "setLayout"; settings: Partial<LayoutSettings> }
  | { type: "setLabelDensity"; value: number }
  /** Range filters (Gephi Lite's): the bounds given change, the others stay. */
  | { type: "setRangeFilter"; minDegree?: number; minConfidence?: number }
  | { type: "setPathOptions"; options: PathOptions }
  | { type: "showPaths"; result: PathResult }
  | {
      type: "followCorridor";
      id: string;
      focus: FocusSets;
      /** The corridor's answer: its links become the state's corridorLinks. */
      answer: Pick<CorridorZonesResponse, "corridor" | "links">;
    }
  | { type: "setQuery"; query: string | null; focus?: FocusSets }
  | {
      type: "restoreView";
      hiddenTypes: readonly string[];
      colourBy: ColourBy;
      sizeBy: SizeBy;
      selected: string | null;
    }
  | { type: "sceneChanged"; kind: SceneChangeKind }
  /** Back/Forward: the state the history entry had (its scene is restored with it); the language stays. */
  | { type: "restoreHistory"; state: ExplorerState };

export type ActionType = Action["type"];
