/** Pure styling rules: colours, letters (the legend never relies on colour alone), sizes, scales. */
export interface TypeStyle {
  color: string;
  /** Letter drawn inside the node and in the legend, so types are distinguishable without colour. */
  letter: string;
}

export const TYPE_STYLES: Record<string, TypeStyle> = {
  FreeTradeZone: { color: "#d62728", letter: "Z" },
  Area: { color: "#ff7f0e", letter: "A" },
  Province: { color: "#1f77b4", letter: "P" },
  City: { color: "#17a2b8", letter: "C" },
  Country: { color: "#2ca02c", letter: "N" },
  Corridor: { color: "#9467bd", letter: "R" },
  Port: { color: "#8c564b", letter: "H" },
  Agreement: { color: "#e377c2", letter: "G" },
  Organization: { color: "#6c757d", letter: "O" },
  DevZone: { color: "#a4a51f", letter: "D" },
  Industry: { color: "#5b8fd9", letter: "I" },
  // Provenance nodes (Cypher results may return them): listed in the legend only when in the scene.
  Document: { color: "#444444", letter: "T" },
  Passage: { color: "#8a8a8a", letter: "¶" },
  Claim: { color: "#17becf", letter: "S" },
};
/** Types shown in the legend only when the scene holds some. */
export const PROVENANCE_TYPES = new Set(["Document", "Passage", "Claim"]);
export const FALLBACK_STYLE: TypeStyle = { color: "#999999", letter: "?" };

export function typeStyle(type: unknown): TypeStyle {
  return (typeof type === "string" && TYPE_STYLES[type]) || FALLBACK_STYLE;
}

export const DIM_COLOR = "#e4e4e4";
export const EDGE_COLOR = "#b8b8b8";
export const EDGE_WEAK_COLOR = "#dddddd";
export const HIGHLIGHT_COLOR = "#ffb000";

/** Node size from a degree (database degree when known, scene degree otherwise). */
export function sizeForDegree(degree: number): number {
  return Math.min(22, 3 + 2.2 * Math.sqrt(Math.max(0, degree)));
}

/** Size from a metric value normalised to [0, 1]. */
export function sizeForNormalised(v: number): number {
  return 3 + 19 * Math.sqrt(Math.max(0, Math.min(1, v)));
}

/** Normalise metric values to [0, 1] (min–max); a constant metric maps to 0.5. */
export function normalise(values: Map<string, number>): Map<string, number> {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values.values()) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const out = new Map<string, number>();
  const span = max - min;
  for (const [k, v] of values) out.set(k, span > 0 ? (v - min) / span : 0.5);
  return out;
}

function hex(n: number): string {
  return Math.round(Math.max(0, Math.min(255, n)))
    .toString(16)
    .padStart(2, "0");
}

/** Sequential colour scale (light yellow → dark purple) for a value in [0, 1]. */
export function sequentialColor(v: number): string {
  const stops: [number, number, number][] = [
    [253, 231, 37],
    [53, 183, 121],
    [49, 104, 142],
    [68, 1, 84],
  ];
  const x = Math.max(0, Math.min(1, v)) * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(x));
  const f = x - i;
  const a = stops[i] as [number, number, number];
  const b = stops[i + 1] as [number, number, number];
  return `#${hex(a[0] + (b[0] - a[0]) * f)}${hex(a[1] + (b[1] - a[1]) * f)}${hex(a[2] + (b[2] - a[2]) * f)}`;
}

const COMMUNITY_PALETTE = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
  "#bab0ac",
];
export function communityColor(c: number): string {
  return COMMUNITY_PALETTE[Math.abs(c) % COMMUNITY_PALETTE.length] as string;
}

/** Relationship types drawn fainter because they are weaker evidence. */
export function edgeColor(type: unknown): string {
  return type === "CO_OCCURS" ? EDGE_WEAK_COLOR : EDGE_COLOR;
}

/** ALIGNS_WITH stages, from applying to being in force, and a place piloting the rules. */
export const STAGES = ["applied", "signed", "ratified", "in_force", "pilots", "aligned"] as const;
export type Stage = (typeof STAGES)[number];

/** Edge colour of an ALIGNS_WITH stage (the edge label names the stage too: never colour alone). */
export const STAGE_COLORS: Record<Stage, string> = {
  applied: "#f59f00",
  signed: "#74b816",
  ratified: "#2f9e44",
  in_force: "#087f5b",
  pilots: "#1c7ed6",
  aligned: EDGE_COLOR,
};

export function isStage(v: unknown): v is Stage {
  return typeof v === "string" && (STAGES as readonly string[]).includes(v);
}

/** The style of an ALIGNS_WITH edge with a stage; null for every other edge. */
export function stageEdgeStyle(type: unknown, stage: unknown): { color: string; size: number } | null {
  if (type !== "ALIGNS_WITH" || !isStage(stage)) return null;
  return { color: STAGE_COLORS[stage], size: stage === "aligned" ? 1.2 : 2 };
}
