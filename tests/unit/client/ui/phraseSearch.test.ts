import { afterEach, describe, expect, it } from "vitest";
import type { Api } from "../../../../client/src/api";
import { setLang } from "../../../../client/src/i18n";
import { PhraseMode } from "../../../../client/src/ui/phraseSearch";
import type { NamedQuery, SearchHit } from "../../../../contracts/api";

// Invented: one query with a river slot, and a search that knows one city and one corridor.
const CATALOG: NamedQuery[] = [
  {
    name: "river_towns",
    description: "",
    params: [{ name: "river", type: "string", description: "" }],
    cypher: "RETURN 1",
  },
];
const TABLE = [
  {
    id: "river-towns",
    query: "river_towns",
    zh: "{river}沿岸的城镇",
    en: "towns along river {river}",
    slots: { river: ["Corridor"] },
    params: {},
    graph: [],
  },
];
const hit = (id: string, type: SearchHit["type"], name: string, nameEn: string): SearchHit => ({
  id,
  type,
  name,
  nameEn,
  aliases: [],
  degree: 1,
  score: 1,
  matched: name,
});
const CITY = hit("City:兰州", "City", "兰州", "Lanzhou");
const RIVER = hit("Corridor:黄河走廊", "Corridor", "黄河走廊", "Yellow River Corridor");
const api = {
  search: async (q: string) => ({ query: q, hits: [CITY, RIVER].filter((h) => h.name.startsWith(q)) }),
} as unknown as Api;

/** The first phrase offered for `text` (the test fails if there is none). */
function firstOffer(m: PhraseMode, text: string) {
  const [offer] = m.offers(text);
  if (!offer) throw new Error(`no phrase offered for ${text}`);
  return offer;
}

function mode(): PhraseMode {
  const m = new PhraseMode(api);
  m.use(CATALOG, TABLE);
  return m;
}

afterEach(() => setLang("zh"));

describe("PhraseMode", () => {
  it("offers the phrase, starts it with the slot's typed text, fills it and completes", () => {
    const m = mode();
    const offer = firstOffer(m, "黄河沿岸");
    expect(offer.phrase.id).toBe("river-towns");
    expect(m.start(offer)).toBe("黄河");
    expect(m.slot()).toEqual({ name: "river", types: ["Corridor"] });
    expect(m.prompt()).toBe("为“‹经济走廊›沿岸的城镇”选择经济走廊（Esc 取消）");
    expect(m.offers("黄河沿岸")).toEqual([]);
    expect(m.choose(RIVER)).toEqual({ kind: "done" });
    expect(m.draft?.values.river?.id).toBe("Corridor:黄河走廊");
  });

  it("refuses an entity of another type and says so in the language in use", () => {
    setLang("en");
    const m = mode();
    m.start(firstOffer(m, "towns along river"));
    expect(m.choose(CITY)).toEqual({
      kind: "refused",
      message: "“Lanzhou” is a City; this phrase needs a Corridor",
    });
    expect(m.draft?.values).toEqual({});
  });

  it("explains an empty slot search: a name of another type, or no such name", async () => {
    const m = mode();
    m.start(firstOffer(m, "沿岸"));
    expect(await m.nothingFound("兰州")).toBe("“兰州”是城市，此处需要经济走廊");
    expect(await m.nothingFound("长江")).toBe("没有名为“长江”的经济走廊");
    m.cancel();
    expect(m.slot()).toBeNull();
  });
});
