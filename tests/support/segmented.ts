/** Hand-made segmenter words for tests of the learned entity layer: [word, tag] in text order. */
import type { Word } from "../../server/extract/entities/segmenter";

export function words(parts: [string, string][]): Word[] {
  let at = 0;
  return parts.map(([word, tag]) => {
    const w = { word, tag, start: at, end: at + word.length };
    at += word.length;
    return w;
  });
}
