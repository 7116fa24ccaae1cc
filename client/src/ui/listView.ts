/**
 * The screen-reader list view of the scene: every visible node (by type, then name) with its relations,
 * derived from the store like the other panels. Each node and relation is a button that selects it, so the
 * whole scene can be explored with the keyboard; the selection is marked with aria-current.
 */
import { entityName, onLangChange, relName, t, typeName } from "../i18n";
import { edgeShown, nodeShown } from "../model/filters";
import type { SceneGraph } from "../model/scene";
import type { ExplorerState } from "../store/state";
import { h } from "./dom";

/** Above this many nodes the list shows the first ones and says how many are left out. */
export const LIST_VIEW_MAX_NODES = 500;

export interface ListViewActions {
  selectNode(id: string): void;
  selectEdge(id: string): void;
}

export interface SceneListItem {
  id: string;
  name: string;
  type: string;
  relations: { edge: string; rel: string; other: string; otherName: string; outgoing: boolean }[];
}

/** The list's content (pure): visible nodes by type then name, each with its visible relations. */
export function sceneList(graph: SceneGraph, s: ExplorerState): SceneListItem[] {
  const name = (id: string) => entityName(graph.getNodeAttributes(id), s.lang);
  const visible = (id: string) => nodeShown(graph, s, id);
  const items: SceneListItem[] = [];
  graph.forEachNode((id, a) => {
    if (!visible(id)) return;
    const relations: SceneListItem["relations"] = [];
    graph.forEachEdge(id, (edge, e, source, target) => {
      const other = source === id ? target : source;
      if (!edgeShown(e, s) || !visible(other)) return;
      const rel = String(e.type);
      relations.push({ edge, rel, other, otherName: name(other), outgoing: source === id });
    });
    relations.sort((x, y) => x.rel.localeCompare(y.rel) || x.otherName.localeCompare(y.otherName));
    items.push({ id, name: name(id), type: String(a.type ?? ""), relations });
  });
  return items.sort((x, y) => x.type.localeCompare(y.type) || x.name.localeCompare(y.name));
}

export class ListView {
  readonly el: HTMLElement;
  private readonly heading: HTMLElement;
  private readonly body: HTMLElement;
  private open = false;

  constructor(
    private readonly graph: SceneGraph,
    private readonly actions: ListViewActions,
  ) {
    this.heading = h("h2", { id: "scene-list-title" }, t("listViewTitle"));
    this.body = h("div", { class: "scene-list-body" });
    this.el = h(
      "section",
      { class: "scene-list", id: "scene-list", "aria-labelledby": "scene-list-title", hidden: true },
      this.heading,
      this.body,
    );
    onLangChange(() => {
      this.heading.textContent = t("listViewTitle");
    });
  }

  get isOpen(): boolean {
    return this.open;
  }

  toggle(s: ExplorerState): boolean {
    this.open = !this.open;
    this.el.hidden = !this.open;
    if (this.open) this.render(s);
    return this.open;
  }

  /** From the display subscription: re-render while open. */
  update(s: ExplorerState): void {
    if (this.open) this.render(s);
  }

  private render(s: ExplorerState): void {
    const items = sceneList(this.graph, s);
    const shown = items.slice(0, LIST_VIEW_MAX_NODES);
    const list = h("ul", { class: "scene-list-nodes" });
    for (const item of shown) list.append(this.nodeItem(item, s));
    this.body.replaceChildren(
      items.length ? list : h("p", {}, t("listEmpty")),
      ...(items.length > shown.length ? [h("p", {}, `+${items.length - shown.length}`)] : []),
    );
  }

  private nodeItem(item: SceneListItem, s: ExplorerState): HTMLElement {
    const selected = item.id === s.selectedNode;
    const button = h(
      "button",
      {
        type: "button",
        class: "scene-list-node",
        "data-id": item.id,
        "aria-current": selected ? "true" : null,
      },
      h("span", {}, item.name),
      h("span", { class: "scene-list-type" }, ` · ${typeName(item.type, s.lang)}`),
    );
    button.addEventListener("click", () => this.actions.selectNode(item.id));
    const rels = h("ul", { class: "scene-list-rels" });
    for (const r of item.relations) {
      const arrow = r.outgoing ? "→" : "←";
      const b = h(
        "button",
        {
          type: "button",
          class: "scene-list-rel",
          "data-edge": r.edge,
          "aria-current": r.edge === s.selectedEdge ? "true" : null,
        },
        `${relName(r.rel, s.lang)} ${arrow} ${r.otherName}`,
      );
      b.addEventListener("click", () => this.actions.selectEdge(r.edge));
      rels.append(h("li", {}, b));
    }
    if (!item.relations.length) rels.append(h("li", { class: "scene-list-none" }, t("noRelations")));
    return h("li", {}, button, rels);
  }
}
