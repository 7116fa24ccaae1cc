/** Saved named views (scene + filters + camera) in localStorage. */
import type { SceneSnapshot } from "./scene";

export interface SavedView {
  name: string;
  savedAt: string;
  scene: SceneSnapshot;
  hiddenTypes: string[];
  colourBy: string;
  sizeBy: string;
  camera: { x: number; y: number; ratio: number; angle: number } | null;
  selected: string | null;
}

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const KEY = "zonegraph.views.v1";

export class ViewStore {
  constructor(private readonly store: KeyValueStore) {}

  list(): SavedView[] {
    try {
      const raw = this.store.getItem(KEY);
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      return Array.isArray(parsed)
        ? parsed.filter(
            (v): v is SavedView => !!v && typeof v === "object" && typeof v.name === "string" && !!v.scene,
          )
        : [];
    } catch {
      return [];
    }
  }
  save(view: SavedView): void {
    const views = this.list().filter((v) => v.name !== view.name);
    views.unshift(view);
    this.store.setItem(KEY, JSON.stringify(views));
  }
  get(name: string): SavedView | undefined {
    return this.list().find((v) => v.name === name);
  }
  remove(name: string): void {
    this.store.setItem(KEY, JSON.stringify(this.list().filter((v) => v.name !== name)));
  }
}
