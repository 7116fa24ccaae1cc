import { describe, expect, it } from "vitest";
import { compactScene } from "../../../client/src/model/sharedScene";
import {
  decodeSceneObject,
  decodeState,
  encodeState,
  LONG_LINK_CHARS,
  SCENE_ID_CHARS,
  sceneObject,
  sharedSceneId,
  storesScene,
  type UrlState,
} from "../../../client/src/model/urlstate";
import { SCENE_ID_LENGTH, SceneState } from "../../../contracts/scenes";

const nodes = ["Province:甘肃省", "FreeTradeZone:中国（甘肃）自由贸易试验区", "Country:中亚"];
const state: UrlState = {
  nodes,
  hiddenTypes: ["Document"],
  selected: "APPLIES_FOR:Province:甘肃省->FreeTradeZone:中国（甘肃）自由贸易试验区",
  query: "MATCH (n) RETURN n LIMIT 5",
  corridor: "Corridor:中欧班列",
  lang: "en",
  hiddenRels: ["CO_OCCURS"],
  style: { colourBy: "community", sizeBy: "pagerank" },
  filters: { minDegree: 3, minConfidence: 0.75 },
};
const compact = compactScene(
  nodes,
  (n) => ({ x: n.length, y: -n.length / 3 }),
  [
    {
      key: "APPLIES_FOR:Province:甘肃省->FreeTradeZone:中国（甘肃）自由贸易试验区",
      source: nodes[0] as string,
      target: nodes[1] as string,
      type: "APPLIES_FOR",
    },
    { key: "5:abc:77", source: nodes[2] as string, target: nodes[0] as string, type: "LINKS" },
  ],
  { x: 0.5, y: 0.5, ratio: 1.2, angle: 0 },
);

describe("share link state", () => {
  it("builds a scene object the server's stored-scene contract accepts as it is", () => {
    const obj = sceneObject(state, { compact });
    expect(SceneState.parse(obj)).toEqual(obj);
  });

  it("decodes a stored scene like the URL form: selection, filters, style, language, positions", () => {
    const obj = sceneObject(state, { compact });
    const fromStore = decodeSceneObject(JSON.parse(JSON.stringify(obj)));
    const fromUrl = decodeState(encodeState(state, { compact }));
    expect(fromStore).toEqual(fromUrl);
    expect(fromStore).toMatchObject({
      selected: state.selected,
      hiddenTypes: ["Document"],
      hiddenRels: ["CO_OCCURS"],
      style: { colourBy: "community", sizeBy: "pagerank" },
      lang: "en",
      corridor: "Corridor:中欧班列",
      query: state.query,
      filters: { minDegree: 3, minConfidence: 0.75 },
    });
    // No filter on: none in the link, none decoded.
    expect(decodeState(encodeState({ ...state, filters: null }))?.filters).toBeUndefined();
    expect(fromStore?.scene?.positions.get("Country:中亚")).toEqual({ x: 10, y: -3.33 });
    expect(decodeSceneObject([1, 2])).toBeNull();
    expect(decodeSceneObject("x")).toBeNull();
  });

  it("tells a short link's stored-scene id from an encoded scene", () => {
    expect(SCENE_ID_CHARS).toBe(SCENE_ID_LENGTH);
    expect(sharedSceneId("#s=Ab3_-x9Zq0Lm7Kp2")).toBe("Ab3_-x9Zq0Lm7Kp2");
    expect(sharedSceneId("s=Ab3_-x9Zq0Lm7Kp2&x=1")).toBe("Ab3_-x9Zq0Lm7Kp2");
    expect(sharedSceneId("#s=Ab3_-x9Zq0Lm7Kp")).toBeNull();
    expect(sharedSceneId("#s=Ab3_-x9Zq0Lm7Kp2a")).toBeNull();
    expect(sharedSceneId("")).toBeNull();
    // The smallest encoded scene is far longer than an id.
    const empty = encodeState({
      nodes: [],
      hiddenTypes: [],
      selected: null,
      query: null,
      corridor: null,
      lang: "zh",
    });
    expect(empty.length - 2).toBeGreaterThan(SCENE_ID_CHARS);
    expect(sharedSceneId(`#${empty}`)).toBeNull();
  });

  it("stores only scenes whose full link is long", () => {
    expect(storesScene(LONG_LINK_CHARS)).toBe(false);
    expect(storesScene(LONG_LINK_CHARS + 1)).toBe(true);
    expect(storesScene(encodeState(state, { compact }).length + 1)).toBe(false);
  });
});
