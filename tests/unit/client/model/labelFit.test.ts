import { describe, expect, it } from "vitest";
import {
  type FitItem,
  fitWithLabels,
  MAX_LABEL_SHARE,
  MIN_LABEL_ZOOM,
} from "../../../../client/src/model/labelFit";

const VIEW = { width: 800, height: 600 };
const MARGIN = 8;

function node(x: number, y: number, label = 0, size = 5): FitItem {
  return { x, y, left: size, right: size + (label ? 3 + label : 0), up: size, down: size };
}

/** Where an item's box lands on screen under the result (zoom around the chosen centre). */
function onScreen(it: FitItem, r: NonNullable<ReturnType<typeof fitWithLabels>>) {
  const sx = VIEW.width / 2 + (it.x - r.centre.x) * r.zoom;
  const sy = VIEW.height / 2 + (it.y - r.centre.y) * r.zoom;
  return { left: sx - it.left, right: sx + it.right, top: sy - it.up, bottom: sy + it.down };
}

describe("fitting the camera to nodes and their labels", () => {
  it("keeps sigma's fit when every label is already inside the canvas", () => {
    const items = [node(100, 100, 40), node(600, 400, 60)];
    const r = fitWithLabels(items, VIEW, MARGIN);
    expect(r?.zoom).toBe(1);
    for (const it of items) {
      const b = onScreen(it, r as NonNullable<typeof r>);
      expect(b.left).toBeGreaterThanOrEqual(MARGIN);
      expect(b.right).toBeLessThanOrEqual(VIEW.width - MARGIN);
    }
  });

  it("zooms out and shifts left so that a long label at the right edge is not cut", () => {
    // Sigma's fit puts the discs 30 px from the edges; a 195 px label at x = 770 ends at 978 > 800.
    const items = [node(30, 300, 50), node(400, 30, 40), node(770, 300, 195), node(400, 570, 40)];
    const r = fitWithLabels(items, VIEW, MARGIN);
    expect(r).not.toBeNull();
    const res = r as NonNullable<typeof r>;
    expect(res.zoom).toBeLessThan(1);
    expect(res.zoom).toBeGreaterThan(0.7);
    for (const it of items) {
      const b = onScreen(it, res);
      expect(b.left).toBeGreaterThanOrEqual(MARGIN - 1e-6);
      expect(b.right).toBeLessThanOrEqual(VIEW.width - MARGIN + 1e-6);
      expect(b.top).toBeGreaterThanOrEqual(MARGIN - 1e-6);
      expect(b.bottom).toBeLessThanOrEqual(VIEW.height - MARGIN + 1e-6);
    }
    // The widest label's end touches the right margin: no more zoom-out than needed.
    const widest = onScreen(items[2] as FitItem, res);
    expect(widest.right).toBeCloseTo(VIEW.width - MARGIN, 0);
  });

  it("counts a very long label for at most 30% of the width: the scene is not shrunk for one name", () => {
    const items = [node(30, 300), node(770, 300, 2000)];
    const r = fitWithLabels(items, VIEW, MARGIN) as NonNullable<ReturnType<typeof fitWithLabels>>;
    const capped = fitWithLabels([node(30, 300), node(770, 300, MAX_LABEL_SHARE * 800 - 8)], VIEW, MARGIN);
    expect(r.zoom).toBeCloseTo(capped?.zoom ?? 0, 6);
    expect(r.zoom).toBeGreaterThan(0.6);
    expect(onScreen(items[0] as FitItem, r).left).toBeGreaterThanOrEqual(MARGIN - 1e-6);
  });

  it("never zooms out beyond its floor; then the nodes stay in view from the left", () => {
    // Many long labels along the whole width: no zoom can fit them all.
    const items = Array.from({ length: 9 }, (_, i) => node(30 + i * 92, 300, 230));
    items.push({ x: 30, y: 300, left: 240, right: 5, up: 5, down: 5 });
    const r = fitWithLabels(items, VIEW, MARGIN) as NonNullable<ReturnType<typeof fitWithLabels>>;
    expect(r.zoom).toBe(MIN_LABEL_ZOOM);
    expect(Math.min(...items.map((it) => onScreen(it, r).left))).toBeCloseTo(MARGIN, 6);
  });

  it("gives nothing for an empty scene or a canvas without room", () => {
    expect(fitWithLabels([], VIEW)).toBeNull();
    expect(fitWithLabels([node(1, 1)], { width: 10, height: 10 })).toBeNull();
  });
});
