/** Letter pictograms drawn inside nodes (white on the node's colour), generated once per letter. */
const cache = new Map<string, string>();

export function pictogram(letter: string, ring?: number[]): string {
  const key = ring ? `${letter}|${ring.join(",")}` : letter;
  const hit = cache.get(key);
  if (hit) return hit;
  const size = 64;
  const canvas = document.createElement("canvas");
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext("2d");
  if (!ctx) return "";
  ctx.fillStyle = "#ffffff";
  ctx.font = `bold ${Math.round(size * (ring ? 0.52 : 0.72))}px "DejaVu Sans", Arial, sans-serif`;
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  ctx.fillText(letter, size / 2, size / 2 + 3);
  if (ring) drawRing(ctx, size, ring);
  const url = canvas.toDataURL("image/png");
  cache.set(key, url);
  return url;
}

/** A ring inside the disc (a zone's status: solid, dashed or dotted; `dash` [] is solid). */
function drawRing(ctx: CanvasRenderingContext2D, size: number, dash: number[]): void {
  ctx.strokeStyle = "#ffffff";
  ctx.lineWidth = 5;
  ctx.lineCap = "round";
  ctx.setLineDash(dash);
  ctx.beginPath();
  ctx.arc(size / 2, size / 2, size / 2 - 3, 0, Math.PI * 2);
  ctx.stroke();
  ctx.setLineDash([]);
}
