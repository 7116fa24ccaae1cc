import { describe, expect, it } from "vitest";
import { airportLists } from "../../../../../server/extract/entities/airport-lists";
import { ENTITY_RULES } from "../../../../../server/extract/entities/registry";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule airport-lists", () => {
  it("reads each item of a list sharing one airport head as an airport", () => {
    const ms = mentionsBy([...ENTITY_RULES], "货物经长沙黄花、郑州新郑两大机场分拨。").filter((m) =>
      m.startsWith("Port:"),
    );
    expect(ms).toEqual(["Port:长沙黄花机场@长沙黄花", "Port:郑州新郑机场@郑州新郑两大机场"]);
  });

  it("starts the list after an item that is no place-led name", () => {
    expect(
      mentionsBy([airportLists], "码头还与长沙黄花、郑州新郑两大机场联动。").filter((m) =>
        m.startsWith("Port:"),
      ),
    ).toEqual(["Port:长沙黄花机场@长沙黄花", "Port:郑州新郑机场@郑州新郑两大机场"]);
  });

  it("reads no airport when the items are not names", () => {
    expect(mentionsBy([airportLists], "推进客运、货运两大机场建设。", false)).toEqual([]);
  });

  it("keeps an item written in full with its own airport word", () => {
    expect(
      mentionsBy([airportLists], "码头还与长沙黄花、郑州新郑机场两大机场联动。").filter((m) =>
        m.startsWith("Port:"),
      ),
    ).toEqual(["Port:长沙黄花机场@长沙黄花", "Port:郑州新郑机场@郑州新郑机场两大机场"]);
  });
});
