/** Display state shared by the controllers. Only the reducers read it; the data graph stays untouched. */
import type { MetricKind } from "../model/metrics";

export type ColourBy = "type" | MetricKind;
export type SizeBy = "degree" | "pagerank" | "betweenness";

export class ViewState {
  hiddenTypes = new Set<string>();
  hiddenRels = new Set<string>();
  selectedNode: string | null = null;
  selectedEdge: string | null = null;
  hovered: string | null = null;
  /** Emphasised nodes/edges (selection neighbourhood, path, corridor chain); others are dimmed. */
  focusNodes: Set<string> | null = null;
  focusEdges: Set<string> | null = null;
  /** Multi-selection (lasso). */
  lasso = new Set<string>();
  colourBy: ColourBy = "type";
  sizeBy: SizeBy = "degree";
  colourValues: Map<string, number> | null = null;
  sizeValues: Map<string, number> | null = null;
  /** Corridor being followed and Cypher query shown (for the share URL). */
  corridor: string | null = null;
  query: string | null = null;

  private listeners = new Set<() => void>();
  onChange(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
  changed(): void {
    for (const l of this.listeners) l();
  }
}
