/**
 * The one subscription that derives the display from the store: language, metric values, renderer
 * (reducers read the state), legend, panels, toolbar, status line, inspector and the URL. No caller
 * refreshes anything by hand.
 */
import { getLang, setLang } from "../i18n";
import { nodeShown } from "../model/filters";
import { computeMetric } from "../model/metrics";
import type { SceneGraph, SceneSnapshot } from "../model/scene";
import { parseRules, STYLE_RULES_KEY, type StyleRule } from "../model/styleRules";
import { normalise } from "../model/styling";
import type { ExplorerState } from "../store/state";
import type { ChangeInfo, Store } from "../store/store";
import type { AnalysisPanel } from "./analysisPanel";
import type { Chrome } from "./chrome";
import type { GraphView } from "./graphView";
import type { Inspector } from "./inspector";
import type { Legend } from "./legend";
import type { Navigation } from "./navigation";
import type { Toolbar } from "./toolbar";

export interface Metrics {
  colour: Map<string, number> | null;
  size: Map<string, number> | null;
}

export interface DisplayParts {
  graph: SceneGraph;
  store: Store<SceneSnapshot>;
  metrics: Metrics;
  view: GraphView;
  legend: Legend;
  analysis: AnalysisPanel;
  toolbar: Toolbar;
  chrome: Chrome;
  inspector: Inspector;
  /** The browser history and the address bar (a navigation pushes an entry, the rest replaces it). */
  navigation: Pick<Navigation, "record">;
  /** Other views of the state (the screen-reader list, the paths panel…). */
  extra?: ((s: ExplorerState, prev: ExplorerState, info: ChangeInfo) => void)[];
}

/** PageRank/betweenness/Louvain over the visible scene, normalised to 0..1 (communities stay ids). */
export function deriveMetrics(graph: SceneGraph, s: ExplorerState): Metrics {
  const visible = (n: string) => nodeShown(graph, s, n);
  const colour =
    s.colourBy === "type"
      ? null
      : s.colourBy === "community"
        ? computeMetric(graph, "community", visible)
        : normalise(computeMetric(graph, s.colourBy, visible));
  const size = s.sizeBy === "degree" ? null : normalise(computeMetric(graph, s.sizeBy, visible));
  return { colour, size };
}

function inspect(p: DisplayParts, s: ExplorerState, prev: ExplorerState, info: ChangeInfo): void {
  const moved = s.selectedNode !== prev.selectedNode || s.selectedEdge !== prev.selectedEdge;
  const relinked = s.corridorLinks !== prev.corridorLinks;
  if (s.selectedNode && (moved || info.scene || relinked)) void p.inspector.showNode(s.selectedNode);
  else if (s.selectedEdge && moved) void p.inspector.showEdge(s.selectedEdge);
  else if (moved) p.inspector.empty();
}

/** The style rules are kept in this browser (read back at start by loadRules). */
function saveRules(rules: ExplorerState["styleRules"]): void {
  try {
    localStorage.setItem(STYLE_RULES_KEY, JSON.stringify(rules));
  } catch {
    // Storage full or off: the rules still apply in this session.
  }
}

export function loadRules(): StyleRule[] {
  try {
    return parseRules(JSON.parse(localStorage.getItem(STYLE_RULES_KEY) ?? "[]"));
  } catch {
    return [];
  }
}

export function connectDisplay(p: DisplayParts): () => void {
  const render = (s: ExplorerState, prev: ExplorerState, info: ChangeInfo<SceneSnapshot>) => {
    if (s.lang !== getLang()) {
      setLang(s.lang);
      document.documentElement.lang = s.lang === "zh" ? "zh-CN" : "en";
    }
    const restyled =
      info.scene ||
      s.colourBy !== prev.colourBy ||
      s.sizeBy !== prev.sizeBy ||
      s.hiddenTypes !== prev.hiddenTypes ||
      s.minDegree !== prev.minDegree;
    if (restyled) Object.assign(p.metrics, deriveMetrics(p.graph, s));
    if (restyled || s.hiddenRels !== prev.hiddenRels || s.styleRules !== prev.styleRules) p.legend.render();
    if (s.styleRules !== prev.styleRules) saveRules(s.styleRules);
    inspect(p, s, prev, info);
    p.analysis.update();
    p.toolbar.update(s, p.store.canUndo, p.store.canRedo);
    p.chrome.updateStatus(p.graph, s);
    p.view.refresh();
    for (const x of p.extra ?? []) x(s, prev, info);
    p.navigation.record(s, prev, info);
  };
  return p.store.subscribe(render);
}
