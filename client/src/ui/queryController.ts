/** Paths, corridors and Cypher: each asks the API, merges the answer into the scene and emphasises it. */
import type { CorridorZonesResponse, CypherResponse } from "../../../contracts/api";
import type { PathsAnswer } from "../api";
import { keepPaths } from "../model/paths";
import { type PhraseDraft, phraseGraphIds, phraseParams } from "../model/phrases";
import { mergeSubgraph } from "../model/scene";
import type { PathResult } from "../store/state";
import type { Ctx } from "./context";

/** How many alternatives to ask for: loops and disallowed types are dropped client-side. */
const PATHS_K = 5;

export interface PathsOutcome {
  answer: PathsAnswer;
  result: PathResult;
}

export class QueryController {
  constructor(private readonly ctx: Ctx) {}

  async findPaths(from: string, to: string): Promise<PathsOutcome | null> {
    const { api, store, graph, view, chrome } = this.ctx;
    const options = store.state.pathOptions;
    try {
      const answer = await api.paths(from, to, {
        k: PATHS_K,
        maxLength: options.maxHops,
        types: options.types,
        includeCoOccurrence: options.coOccurrence,
      });
      const kept = keepPaths(answer.paths, answer.graph, options);
      let viaCo = answer.coOccurrencePaths ?? null;
      if (!kept.length && !options.coOccurrence && viaCo === null)
        viaCo = await this.countViaCoOccurrence(from, to);
      const result: PathResult = {
        from,
        to,
        options,
        paths: kept,
        reason: answer.reason ?? null,
        reasonCode: answer.reasonCode ?? null,
        reasonFacts: answer.reasonFacts ?? null,
        coOccurrencePaths: viaCo,
      };
      const used = new Set(kept.flatMap((p) => p.edges));
      const usedNodes = new Set(kept.flatMap((p) => p.nodes));
      const sub = {
        nodes: answer.graph.nodes.filter((n) => usedNodes.has(n.key)),
        edges: answer.graph.edges.filter((e) => used.has(e.key)),
      };
      store.changeScene("path", () => mergeSubgraph(graph, sub), { type: "showPaths", result });
      if (kept.length) {
        view.runLayout(2000);
        view.fitNodes([...usedNodes]);
      }
      return { answer, result };
    } catch (e) {
      chrome.fail(e);
      return null;
    }
  }

  /** Paths available with co-occurrence (for the "none typed; N via co-occurrence" message). */
  private async countViaCoOccurrence(from: string, to: string): Promise<number | null> {
    const o = this.ctx.store.state.pathOptions;
    try {
      const res = await this.ctx.api.paths(from, to, {
        k: PATHS_K,
        maxLength: o.maxHops,
        includeCoOccurrence: true,
      });
      return keepPaths(res.paths, res.graph, { types: [], coOccurrence: true }).length;
    } catch {
      return null;
    }
  }

  /** Follow a corridor; a failed request rejects (the corridors panel says why and offers a retry). */
  async followCorridor(id: string, keepScene = false): Promise<CorridorZonesResponse> {
    const { api, store, graph, view } = this.ctx;
    const res = await api.corridorZones(id);
    const focus = { nodes: res.graph.nodes.map((n) => n.key), edges: res.graph.edges.map((e) => e.key) };
    if (keepScene) {
      store.dispatch({ type: "followCorridor", id, focus, answer: res }, { record: false });
      return res;
    }
    store.changeScene("corridor", () => mergeSubgraph(graph, res.graph), {
      type: "followCorridor",
      id,
      focus,
      answer: res,
    });
    view.runLayout(2500);
    view.fitNodes(focus.nodes);
    return res;
  }

  async runCypher(
    call: () => Promise<CypherResponse>,
    replace: boolean,
    query: string | null,
  ): Promise<CypherResponse> {
    const { store, graph, view } = this.ctx;
    const res = await call();
    const focus = { nodes: res.graph.nodes.map((n) => n.key), edges: res.graph.edges.map((e) => e.key) };
    store.changeScene(
      "cypher",
      () => {
        if (replace) graph.clear();
        mergeSubgraph(graph, res.graph);
      },
      { type: "setQuery", query, focus },
    );
    if (res.graph.nodes.length) {
      view.runLayout();
      view.fit();
    }
    return res;
  }

  /**
   * A search phrase: its named query runs with the chosen entities; the entities it names (and those
   * chosen) come onto the canvas as one undoable step, emphasised. No rows: nothing changes.
   */
  async runPhrase(d: PhraseDraft): Promise<{ rows: number; nodes: number }> {
    const { api, store, graph, view } = this.ctx;
    const params = phraseParams(d);
    if (!params) throw new Error(`phrase ${d.phrase.id}: a parameter is missing`);
    const res = await api.runQuery(d.phrase.query, params);
    if (!res.rows.length) return { rows: 0, nodes: 0 };
    const sub = await api.subgraphByIds(phraseGraphIds(d, res.rows));
    const focus = { nodes: sub.graph.nodes.map((n) => n.key), edges: sub.graph.edges.map((e) => e.key) };
    store.changeScene("cypher", () => mergeSubgraph(graph, sub.graph), {
      type: "setQuery",
      query: null,
      focus,
    });
    view.runLayout(2500);
    view.fitNodes(focus.nodes);
    return { rows: res.rows.length, nodes: focus.nodes.length };
  }
}
