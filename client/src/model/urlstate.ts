/** Scene state carried in the URL hash, so a shared link restores what the sender saw. */
import { MAX_ID_LENGTH, MAX_SUBGRAPH_IDS } from "../../../contracts/api";
import { type CompactScene, expandScene, type SharedScene } from "./sharedScene";

export interface UrlState {
  /** Node ids in the scene. */
  nodes: string[];
  /** Node types filtered out through the legend. */
  hiddenTypes: string[];
  /** Selected node or edge id. */
  selected: string | null;
  /** Cypher query of the console, if any. */
  query: string | null;
  /** Corridor being followed, if any. */
  corridor: string | null;
  lang: "zh" | "en";
  /** Exact positions, edge set and camera (links made since the one-store client). */
  scene?: SharedScene | null;
  /** Relationship types filtered out, colour and size mappings. */
  hiddenRels?: string[];
  style?: { colourBy: string; sizeBy: string } | null;
  /** Label density, when not the default. */
  labelDensity?: number | null;
  /** Range filters (min. relationships, min. confidence), when one is on. */
  filters?: { minDegree: number; minConfidence: number } | null;
}

/** What encodeState writes for the exact scene (built by compactScene). */
export interface UrlSceneInput {
  compact?: CompactScene;
}

/** Node ids a share URL carries; restoring asks POST /api/subgraph for them, which takes MAX_SUBGRAPH_IDS. */
export const MAX_URL_NODES = Math.min(400, MAX_SUBGRAPH_IDS);

function toBase64Url(s: string): string {
  const bytes = new TextEncoder().encode(s);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
function fromBase64Url(s: string): string {
  const b64 = s.replace(/-/g, "+").replace(/_/g, "/");
  const bin = atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4));
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** The scene object a link carries (base64url JSON in `#s=…`, or stored server-side under `#s=<id>`). */
export function sceneObject(state: UrlState, extra: UrlSceneInput = {}): Record<string, unknown> {
  return {
    v: 1,
    ...(extra.compact && state.nodes.length <= MAX_URL_NODES ? extra.compact : {}),
    ...(state.hiddenRels?.length ? { hr: state.hiddenRels } : {}),
    ...(state.style ? { st: [state.style.colourBy, state.style.sizeBy] } : {}),
    ...(typeof state.labelDensity === "number" ? { ld: state.labelDensity } : {}),
    ...(state.filters ? { f: [state.filters.minDegree, state.filters.minConfidence] } : {}),
    n: state.nodes.slice(0, MAX_URL_NODES),
    h: state.hiddenTypes,
    s: state.selected,
    q: state.query,
    c: state.corridor,
    l: state.lang,
  };
}

export function encodeState(state: UrlState, extra: UrlSceneInput = {}): string {
  return `s=${toBase64Url(JSON.stringify(sceneObject(state, extra)))}`;
}

/** Length of a stored scene's id (contracts/scenes.ts); an encoded scene is always longer. */
export const SCENE_ID_CHARS = 16;

/** Links whose hash is longer than this many characters are stored server-side (short `#s=<id>`). */
export const LONG_LINK_CHARS = 1500;

export function storesScene(hashChars: number): boolean {
  return hashChars > LONG_LINK_CHARS;
}

/** The stored scene's id of a short link (`#s=<16 characters>`), else null. */
export function sharedSceneId(hash: string): string | null {
  const h = hash.startsWith("#") ? hash.slice(1) : hash;
  const m = /(?:^|&)s=([A-Za-z0-9_-]+)(?:&|$)/.exec(h);
  return m?.[1] && m[1].length === SCENE_ID_CHARS ? m[1] : null;
}

const strArr = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
const strOrNull = (v: unknown): string | null => (typeof v === "string" ? v : null);

/** Decode a hash (with or without '#'); returns null when absent or malformed. Untrusted input. */
export function decodeState(hash: string): UrlState | null {
  const h = hash.startsWith("#") ? hash.slice(1) : hash;
  const m = /(?:^|&)s=([A-Za-z0-9_-]+)/.exec(h);
  if (!m?.[1]) return null;
  try {
    return decodeSceneObject(JSON.parse(fromBase64Url(m[1])));
  } catch {
    return null;
  }
}

/** A scene object (decoded from a link, or a stored scene) as UrlState; null when it is not an object. */
export function decodeSceneObject(raw: unknown): UrlState | null {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return null;
  const o = raw as Record<string, unknown>;
  const all = strArr(o.n);
  const st = strArr(o.st);
  const f = Array.isArray(o.f)
    ? o.f.filter((x): x is number => typeof x === "number" && Number.isFinite(x))
    : [];
  return {
    // Only ids the API accepts: one bad entry must not make the whole restore a 400.
    nodes: all.filter((id) => id.trim() !== "" && id.length <= MAX_ID_LENGTH).slice(0, MAX_URL_NODES),
    scene: Array.isArray(o.n) && all.length === o.n.length ? expandScene(all, o) : null,
    hiddenRels: strArr(o.hr),
    style: st.length === 2 ? { colourBy: st[0] as string, sizeBy: st[1] as string } : null,
    ...(typeof o.ld === "number" && Number.isFinite(o.ld) ? { labelDensity: o.ld } : {}),
    // Bounds are clamped by the reducer (setRangeFilter), like every other value of a link.
    ...(f.length === 2 ? { filters: { minDegree: f[0] as number, minConfidence: f[1] as number } } : {}),
    hiddenTypes: strArr(o.h),
    selected: strOrNull(o.s),
    query: strOrNull(o.q),
    corridor: strOrNull(o.c),
    lang: o.l === "en" ? "en" : "zh",
  };
}
