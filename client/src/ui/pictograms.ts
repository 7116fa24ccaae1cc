/** Letter pictograms drawn inside nodes (white on the node's colour), generated once per letter. */
const cache = new Map<string, string>();

export function pictogram(letter: string): string {
  const hit = cache.get(letter);
  if (hit) return hit;
  const size = 64;
  const canvas = document.createElement("canvas");
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext("2d");
  if (!ctx) return "";
  ctx.fillStyle = "#ffffff";
  ctx.font = `bold ${Math.round(size * 0.72)}px "DejaVu Sans", Arial, sans-serif`;
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  ctx.fillText(letter, size / 2, size / 2 + 3);
  const url = canvas.toDataURL("image/png");
  cache.set(letter, url);
  return url;
}
