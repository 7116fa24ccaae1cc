import { describe, expect, it } from "vitest";
import { ENTITY_RULES } from "../../../../../server/extract/entities/registry";
import { mentionsBy } from "../../../../support/rules";

const ports = (text: string) => mentionsBy([...ENTITY_RULES], text).filter((m) => m.startsWith("Port:"));

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule terminals", () => {
  it("reads a terminal named by its city as a port", () => {
    expect(ports("货轮靠泊福州国际集装箱码头后卸货。")).toEqual([
      "Port:福州国际集装箱码头@福州国际集装箱码头",
    ]);
    expect(ports("新航线挂靠汕头码头。")).toEqual(["Port:汕头码头@汕头码头"]);
  });

  it("leaves a terminal inside a port's name and a company named after a terminal", () => {
    expect(ports("货轮靠泊蓝湾港东岸码头。").filter((m) => m.includes("码头"))).toEqual([]);
    expect(ports("福州码头有限公司签署协议。")).toEqual([]);
  });
});
