/**
 * Pure reducers: (state, action, scene) → new state. The scene is only read (which nodes and edges exist,
 * a node's neighbours); nothing here touches the DOM, sigma or the network, so every action is unit-tested
 * without a browser.
 */
import { clampLayout } from "../layout/settings";
import { linkNotes } from "../model/corridorLinks";
import { checkRule, MAX_RULES, moveRule, parseRules } from "../model/styleRules";
import type { Action, FocusSets, SceneChangeKind } from "./actions";
import {
  type ExplorerState,
  MAX_LABEL_DENSITY,
  MAX_MIN_DEGREE,
  MIN_LABEL_DENSITY,
  type PathOptions,
  type PathResult,
} from "./state";

/** What the reducers may read from the data graph (a graphology graph satisfies it). */
export interface SceneReader {
  hasNode(id: string): boolean;
  hasEdge(id: string): boolean;
  neighbors(id: string): string[];
  edges(id: string): string[];
  extremities(id: string): [string, string];
}

const MAX_HOPS = 8;

function toggled(set: ReadonlySet<string>, key: string): ReadonlySet<string> {
  const next = new Set(set);
  if (next.has(key)) next.delete(key);
  else next.add(key);
  return next;
}

function present(scene: SceneReader, focus: FocusSets): { nodes: Set<string>; edges: Set<string> } {
  return {
    nodes: new Set(focus.nodes.filter((n) => scene.hasNode(n))),
    edges: new Set(focus.edges.filter((e) => scene.hasEdge(e))),
  };
}

/** The node and its neighbours in the scene, with its edges: what a plain selection emphasises. */
export function neighbourhoodFocus(scene: SceneReader, id: string): FocusSets {
  return { nodes: [id, ...scene.neighbors(id)], edges: scene.edges(id) };
}

function select(s: ExplorerState, scene: SceneReader, id: string, focus?: FocusSets): ExplorerState {
  if (!scene.hasNode(id)) return s;
  const f = present(
    scene,
    focus ? { nodes: [id, ...focus.nodes], edges: focus.edges } : neighbourhoodFocus(scene, id),
  );
  // A plain selection replaces the multi-selection (Ctrl+click adds to it), so Delete/E act on what was
  // just clicked — also when it was part of the multi-selection.
  const lasso = s.lasso.size ? new Set<string>() : s.lasso;
  return { ...s, selectedNode: id, selectedEdge: null, focusNodes: f.nodes, focusEdges: f.edges, lasso };
}

function selectEdge(s: ExplorerState, scene: SceneReader, id: string): ExplorerState {
  if (!scene.hasEdge(id)) return s;
  const [a, b] = scene.extremities(id);
  return {
    ...s,
    selectedNode: null,
    selectedEdge: id,
    focusNodes: new Set([a, b]),
    focusEdges: new Set([id]),
  };
}

const cleared = (s: ExplorerState): ExplorerState => ({
  ...s,
  selectedNode: null,
  selectedEdge: null,
  focusNodes: null,
  focusEdges: null,
  lasso: new Set(),
});

export function clampPathOptions(o: PathOptions): PathOptions {
  const hops = Number.isFinite(o.maxHops) ? Math.round(o.maxHops) : 4;
  return {
    maxHops: Math.min(MAX_HOPS, Math.max(1, hops)),
    types: [...new Set(o.types)].sort(),
    coOccurrence: o.coOccurrence,
  };
}

function showPaths(s: ExplorerState, scene: SceneReader, result: PathResult): ExplorerState {
  const nodes = result.paths.flatMap((p) => p.nodes);
  const edges = result.paths.flatMap((p) => p.edges);
  // No path: nothing to emphasise, so nothing is dimmed (the panel says why).
  const f = nodes.length ? present(scene, { nodes, edges }) : null;
  return {
    ...cleared(s),
    path: result,
    focusNodes: f?.nodes ?? null,
    focusEdges: f?.edges ?? null,
  };
}

/** After the data graph changed: drop what no longer exists, refresh the selected node's neighbourhood. */
function sceneChanged(s: ExplorerState, scene: SceneReader, kind: SceneChangeKind): ExplorerState {
  const base = { ...s, sceneVersion: s.sceneVersion + 1 };
  if (kind === "overview") return { ...cleared(base), path: null, corridor: null };
  const lasso = new Set([...s.lasso].filter((n) => scene.hasNode(n)));
  const selectedNode = s.selectedNode && scene.hasNode(s.selectedNode) ? s.selectedNode : null;
  const selectedEdge = s.selectedEdge && scene.hasEdge(s.selectedEdge) ? s.selectedEdge : null;
  const next = { ...base, lasso, selectedNode, selectedEdge };
  if (selectedNode && (kind === "expand" || kind === "collapse")) {
    const f = present(scene, neighbourhoodFocus(scene, selectedNode));
    return { ...next, focusNodes: f.nodes, focusEdges: f.edges };
  }
  const lost = (s.selectedNode && !selectedNode) || (s.selectedEdge && !selectedEdge);
  if (lost || !s.focusNodes) return { ...next, focusNodes: null, focusEdges: null };
  const f = present(scene, { nodes: [...s.focusNodes], edges: [...(s.focusEdges ?? [])] });
  return { ...next, focusNodes: f.nodes, focusEdges: f.edges };
}

/** Whole numbers 0…MAX_MIN_DEGREE and confidences 0…1; anything else (NaN, a hostile link) leaves the bound. */
function rangeFilter(s: ExplorerState, a: Extract<Action, { type: "setRangeFilter" }>): ExplorerState {
  const ok = (v: number | undefined): v is number => typeof v === "number" && Number.isFinite(v);
  const minDegree = ok(a.minDegree)
    ? Math.min(MAX_MIN_DEGREE, Math.max(0, Math.floor(a.minDegree)))
    : s.minDegree;
  const minConfidence = ok(a.minConfidence) ? Math.min(1, Math.max(0, a.minConfidence)) : s.minConfidence;
  if (minDegree === s.minDegree && minConfidence === s.minConfidence) return s;
  return { ...s, minDegree, minConfidence };
}

function restoreView(
  s: ExplorerState,
  scene: SceneReader,
  a: Extract<Action, { type: "restoreView" }>,
): ExplorerState {
  const base = { ...cleared(s), hiddenTypes: new Set(a.hiddenTypes), colourBy: a.colourBy, sizeBy: a.sizeBy };
  return a.selected ? select(base, scene, a.selected) : base;
}

/** Style rules: an invalid rule, a duplicate id or one over MAX_RULES leaves the state as it is. */
function styleRules(s: ExplorerState, a: Action): ExplorerState {
  const rules = s.styleRules;
  switch (a.type) {
    case "addStyleRule":
      if (checkRule(a.rule) || rules.length >= MAX_RULES || rules.some((r) => r.id === a.rule.id)) return s;
      return { ...s, styleRules: [...rules, a.rule] };
    case "removeStyleRule": {
      const next = rules.filter((r) => r.id !== a.id);
      return next.length === rules.length ? s : { ...s, styleRules: next };
    }
    case "moveStyleRule": {
      const next = moveRule(rules, a.id, a.by);
      return next === rules ? s : { ...s, styleRules: next };
    }
    case "setStyleRules":
      return { ...s, styleRules: parseRules(a.rules) };
    default:
      return s;
  }
}

export function reduce(s: ExplorerState, a: Action, scene: SceneReader): ExplorerState {
  switch (a.type) {
    case "select":
      return select(s, scene, a.id, a.focus);
    case "selectEdge":
      return selectEdge(s, scene, a.id);
    case "clearSelection":
      return s.selectedNode || s.selectedEdge || s.focusNodes || s.lasso.size ? cleared(s) : s;
    case "toggleLasso":
      return scene.hasNode(a.id) ? { ...s, lasso: toggled(s.lasso, a.id) } : s;
    case "setLasso": {
      const ids = a.ids.filter((n) => scene.hasNode(n));
      return { ...s, lasso: new Set(a.additive ? [...s.lasso, ...ids] : ids) };
    }
    case "highlight": {
      const f = present(scene, a.focus);
      return { ...s, focusNodes: f.nodes, focusEdges: f.edges };
    }
    case "toggleType":
      return { ...s, hiddenTypes: toggled(s.hiddenTypes, a.nodeType) };
    case "toggleRel":
      return { ...s, hiddenRels: toggled(s.hiddenRels, a.rel) };
    case "setStyle":
      return s.colourBy === a.colourBy && s.sizeBy === a.sizeBy
        ? s
        : { ...s, colourBy: a.colourBy, sizeBy: a.sizeBy };
    case "setLang":
      return s.lang === a.lang ? s : { ...s, lang: a.lang };
    case "addStyleRule":
    case "removeStyleRule":
    case "moveStyleRule":
    case "setStyleRules":
      return styleRules(s, a);
    case "setLabelDensity": {
      const v = Math.min(MAX_LABEL_DENSITY, Math.max(MIN_LABEL_DENSITY, a.value));
      return Number.isFinite(v) && v !== s.labelDensity ? { ...s, labelDensity: v } : s;
    }
    case "setRangeFilter":
      return rangeFilter(s, a);
    case "setLayout": {
      const layout = clampLayout(a.settings, s.layout);
      const same = (Object.keys(layout) as (keyof typeof layout)[]).every((k) => layout[k] === s.layout[k]);
      return same ? s : { ...s, layout };
    }
    case "setPathOptions":
      return { ...s, pathOptions: clampPathOptions(a.options) };
    case "showPaths":
      return showPaths(s, scene, a.result);
    case "followCorridor": {
      const f = present(scene, a.focus);
      const corridorLinks = linkNotes(a.answer);
      return { ...cleared(s), corridor: a.id, corridorLinks, focusNodes: f.nodes, focusEdges: f.edges };
    }
    case "setQuery": {
      if (!a.focus?.nodes.length) return { ...s, query: a.query };
      const f = present(scene, a.focus);
      return { ...cleared(s), query: a.query, focusNodes: f.nodes, focusEdges: f.edges };
    }
    case "restoreView":
      return restoreView(s, scene, a);
    case "sceneChanged":
      return sceneChanged(s, scene, a.kind);
    case "restoreHistory":
      // The entry's state with this session's language and a scene version that only moves forward.
      return { ...a.state, lang: s.lang, sceneVersion: Math.max(s.sceneVersion, a.state.sceneVersion + 1) };
  }
}
