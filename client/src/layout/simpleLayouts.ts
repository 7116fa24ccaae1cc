/**
 * The layouts besides ForceAtlas2 (Gephi Lite's circular and random, and one column per type): pure and
 * deterministic (ids in order; "random" from a seeded generator), so the same scene gives the same positions.
 * Pinned nodes keep their place. The radius/extent grows with the number of nodes (graph units).
 */
import { seeded } from "../../../contracts/seeded";
import type { LayoutNode, Positions } from "./job";

const SPACING = 10;

/** Every unpinned node on one circle, in id order. */
export function circularLayout(nodes: readonly LayoutNode[]): Positions {
  const free = nodes.filter((n) => !n.fixed).sort((a, b) => (a.id < b.id ? -1 : 1));
  const r = Math.max(SPACING, (free.length * SPACING) / (2 * Math.PI));
  const out: Positions = {};
  free.forEach((n, i) => {
    const a = (2 * Math.PI * i) / free.length;
    out[n.id] = { x: r * Math.cos(a), y: r * Math.sin(a) };
  });
  for (const n of nodes) if (n.fixed) out[n.id] = { x: n.x, y: n.y };
  return out;
}

/** Unpinned nodes at seeded random places in a square whose area follows the node count. */
export function randomLayout(nodes: readonly LayoutNode[], seed = 1): Positions {
  const free = nodes.filter((n) => !n.fixed).sort((a, b) => (a.id < b.id ? -1 : 1));
  const side = Math.max(SPACING, Math.sqrt(free.length) * SPACING * 2);
  const next = seeded(seed);
  const out: Positions = {};
  for (const n of free) out[n.id] = { x: (next() - 0.5) * side, y: (next() - 0.5) * side };
  for (const n of nodes) if (n.fixed) out[n.id] = { x: n.x, y: n.y };
  return out;
}

/** One column per type (types in name order), nodes in id order down each column. */
export function byTypeLayout(nodes: readonly LayoutNode[]): Positions {
  const groups = new Map<string, LayoutNode[]>();
  for (const n of nodes) if (!n.fixed) groups.set(n.group, [...(groups.get(n.group) ?? []), n]);
  const out: Positions = {};
  const widest = Math.max(0, ...nodes.map((n) => n.labelPx + 2 * n.size));
  const colStep = Math.max(SPACING * 4, widest / 4);
  [...groups.keys()].sort().forEach((g, col) => {
    const list = (groups.get(g) ?? []).sort((a, b) => (a.id < b.id ? -1 : 1));
    list.forEach((n, row) => {
      out[n.id] = { x: col * colStep, y: -row * SPACING };
    });
  });
  for (const n of nodes) if (n.fixed) out[n.id] = { x: n.x, y: n.y };
  return out;
}
