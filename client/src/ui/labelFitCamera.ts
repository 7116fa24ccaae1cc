/**
 * The camera of "fit": every shown node with its label in view (model/labelFit.ts), for scenes whose labels
 * are drawn (small ones). Reads sigma's display data under the fitted camera; the caller animates to it.
 */
import type Sigma from "sigma";
import type { CameraState } from "sigma/types";
import { type FitItem, fitWithLabels } from "../model/labelFit";

const FITTED = { cameraState: { x: 0.5, y: 0.5, ratio: 1, angle: 0 } };

/** `labelWidth(text)` is the drawn width of a label in pixels. Null when sigma has no size yet. */
export function labelFitCamera(sigma: Sigma, labelWidth: (text: string) => number): CameraState | null {
  const fontSize = sigma.getSetting("labelSize");
  const items: FitItem[] = [];
  sigma.getGraph().forEachNode((id) => {
    const d = sigma.getNodeDisplayData(id);
    if (!d || d.hidden) return;
    const p = sigma.framedGraphToViewport(d, FITTED);
    const w = d.label ? labelWidth(d.label) : 0;
    // As sigma draws a label (model/labels.ts labelBox): 3 px right of the disc, about a line high.
    items.push({
      x: p.x,
      y: p.y,
      left: d.size,
      right: d.size + (w > 0 ? 3 + w : 0),
      up: Math.max(d.size, (2 / 3) * fontSize),
      down: Math.max(d.size, (7 / 12) * fontSize),
    });
  });
  const fit = fitWithLabels(items, sigma.getDimensions());
  if (!fit) return null;
  const centre = sigma.viewportToFramedGraph(fit.centre, FITTED);
  return { x: centre.x, y: centre.y, ratio: 1 / fit.zoom, angle: 0 };
}
