/** One line of text cut to a width, for the image exports' source line (which would run off the image). */

/**
 * The longest prefix of `text` that fits `maxWidth` with an ellipsis after it, or the text itself when it
 * fits. `measure` gives a string's drawn width (a canvas context's measureText in the exports). Binary
 * search over the prefix length: O(log n) measurements.
 */
export function fitText(text: string, maxWidth: number, measure: (s: string) => number): string {
  if (measure(text) <= maxWidth) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${chars.slice(0, mid).join("")}…`) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join("").trimEnd()}…`;
}
