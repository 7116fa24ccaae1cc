/** What a layout job is made of (shared by the worker, the layout passes and the main thread). */
import { bbox } from "../model/geometry";
import type { LayoutSettings } from "./settings";

export interface LayoutNode {
  id: string;
  x: number;
  y: number;
  /** Pinned: stays where it is. */
  fixed: boolean;
  /** Drawn radius, in screen pixels. */
  size: number;
  /** Drawn label width, in screen pixels (0: no label). */
  labelPx: number;
  /** Shelf group (the entity type). */
  group: string;
}

export interface LayoutJob {
  nodes: LayoutNode[];
  edges: [string, string][];
  iterations: number;
  /** Size of the stage in pixels: labels are sized for the scene drawn whole in it. */
  viewport: { width: number; height: number };
  labelSize: number;
  /** Put unconnected nodes on a shelf instead of letting gravity scatter them. */
  shelf: boolean;
  /** The layout and its ForceAtlas2 settings (settings.ts); absent: ForceAtlas2 with inferred settings. */
  settings?: LayoutSettings;
}

export type Positions = Record<string, { x: number; y: number }>;

/** Graph units per pixel when the box is drawn whole in the viewport (sigma keeps the aspect ratio). */
export function unitsPerPixel(
  pts: Iterable<{ x: number; y: number }>,
  viewport: { width: number; height: number },
): number {
  const box = bbox(pts);
  if (!box) return 1;
  const w = Math.max(1, viewport.width - 60);
  const h = Math.max(1, viewport.height - 60);
  const u = Math.max((box.maxX - box.minX) / w, (box.maxY - box.minY) / h);
  return u > 0 ? u : 1;
}
