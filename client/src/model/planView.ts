/**
 * How the graphical plan is viewed: which subtrees are collapsed and the zoom. Boxes are keyed by their path
 * from the root (child position and operator at each step), so the EXPLAIN and the PROFILE of the same query
 * — whose operator lists match — keep the same boxes collapsed; a box the new plan lacks is simply not
 * there. Pure: ui/planGraph.ts draws and listens.
 */
import { type PlanBox, planMove } from "./planTree";

export interface PlanView {
  /** Keys (`planKeys`) of the collapsed boxes. */
  collapsed: ReadonlySet<string>;
  /** Scale of the drawing, MIN_ZOOM–MAX_ZOOM. */
  zoom: number;
}

export const MIN_ZOOM = 0.4;
export const MAX_ZOOM = 2;
export const ZOOM_STEP = 1.25;
export const PLAN_VIEW: PlanView = { collapsed: new Set(), zoom: 1 };

/** Each box's key by operator index: the path of `position:operator` steps from its root. */
export function planKeys(roots: readonly PlanBox[]): Map<number, string> {
  const keys = new Map<number, string>();
  const walk = (b: PlanBox, pos: number, prefix: string) => {
    const key = `${prefix}${pos}:${b.operator}`;
    keys.set(b.index, key);
    for (const [i, c] of b.children.entries()) walk(c, i, `${key}/`);
  };
  for (const [i, r] of roots.entries()) walk(r, i, "");
  return keys;
}

export function toggleCollapsed(v: PlanView, key: string): PlanView {
  const collapsed = new Set(v.collapsed);
  if (!collapsed.delete(key)) collapsed.add(key);
  return { ...v, collapsed };
}

/** Zoom in (+1), out (−1) by ZOOM_STEP, or back to 1 (0); clamped. */
export function zoomed(v: PlanView, dir: -1 | 0 | 1): PlanView {
  const raw = dir === 0 ? 1 : v.zoom * ZOOM_STEP ** dir;
  const zoom = Math.round(Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, raw)) * 100) / 100;
  return zoom === v.zoom ? v : { ...v, zoom };
}

/** The boxes on screen in pre-order: a collapsed box's descendants are left out. */
export function visibleOrder(roots: readonly PlanBox[], keys: Map<number, string>, v: PlanView): PlanBox[] {
  const out: PlanBox[] = [];
  const walk = (b: PlanBox) => {
    out.push(b);
    if (!v.collapsed.has(keys.get(b.index) ?? "")) for (const c of b.children) walk(c);
  };
  for (const r of roots) walk(r);
  return out;
}

/** How many operators a collapsed box hides (all its descendants). */
export function hiddenCount(b: PlanBox): number {
  return b.children.reduce((n, c) => n + 1 + hiddenCount(c), 0);
}

/**
 * A key on the plan tree (WAI-ARIA tree): Right opens a collapsed box, else goes to its first child; Left
 * collapses an open box with children, else goes to the parent; Enter or Space toggles; + − 0 zoom; the
 * other moves as planMove over the boxes on screen. Null: not a key of the tree.
 */
export function planKey(
  order: readonly PlanBox[],
  keys: Map<number, string>,
  v: PlanView,
  at: number,
  key: string,
): { at: number; view: PlanView } | null {
  const box = order.find((b) => b.index === at);
  const k = keys.get(at) ?? "";
  const open = !!box?.children.length && !v.collapsed.has(k);
  const shut = !!box?.children.length && v.collapsed.has(k);
  if ((key === "ArrowRight" && shut) || (key === "ArrowLeft" && open))
    return { at, view: toggleCollapsed(v, k) };
  if ((key === "Enter" || key === " ") && box?.children.length) return { at, view: toggleCollapsed(v, k) };
  if (key === "+" || key === "=") return { at, view: zoomed(v, 1) };
  if (key === "-") return { at, view: zoomed(v, -1) };
  if (key === "0") return { at, view: zoomed(v, 0) };
  if (!["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End"].includes(key)) return null;
  return { at: planMove(order, at, key), view: v };
}
