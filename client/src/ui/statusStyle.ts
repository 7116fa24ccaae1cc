/**
 * What the canvas draws for status (used by graphView's reducers): a zone's status as a ring inside
 * its node (solid established, dashed applied for, dotted proposed), and an ALIGNS_WITH edge's stage
 * as its colour, width and label.
 */
import { stageName } from "../i18n";
import { nodeStatus, ringDash, STATUS_RING } from "../model/status";
import { isStage, stageEdgeStyle } from "../model/styling";
import { pictogram } from "./pictograms";

/** The node's pictogram: its type letter, with the ring of its status when it has one. */
export function statusPictogram(letter: string, attrs: Record<string, unknown>): string {
  const status = nodeStatus(attrs);
  return status ? pictogram(letter, ringDash(STATUS_RING[status])) : pictogram(letter);
}

/** Colour, width and label of an ALIGNS_WITH edge with a stage; null for any other edge. */
export function stageEdge(
  attrs: Record<string, unknown>,
): { color: string; size: number; label: string } | null {
  const style = stageEdgeStyle(attrs.type, attrs.stage);
  if (!style || !isStage(attrs.stage)) return null;
  return { ...style, label: stageName(attrs.stage) };
}
