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

  it("reads a city and a locality's name ending like a place (滩, 口, 湾) before the head as one terminal", () => {
    expect(ports("两艘货轮先后停靠温州白沙滩码头。")).toEqual(["Port:温州白沙滩码头@温州白沙滩码头"]);
    expect(ports("汕头东湾集装箱码头新增两台岸桥。")).toEqual(["Port:汕头东湾集装箱码头@汕头东湾集装箱码头"]);
  });

  it("reads no terminal from a verb, a cargo kind or a phase between the city and 码头", () => {
    expect(ports("暑假他在温州打零工码头搬运纸箱。")).toEqual([]);
    expect(ports("游客从温州到白沙码头只需一刻钟。")).toEqual([]);
    expect(ports("市民从汕头去东湾码头乘船。")).toEqual([]);
    expect(ports("货物由汕头经东湾码头转运。")).toEqual([]);
    expect(ports("周末游客在珠海坐游船码头排队。")).toEqual([]);
    expect(ports("汕头散货码头与汕头新建码头同日投用。")).toEqual([]);
    expect(ports("温州进出口码头和温州一期码头都在扩建。")).toEqual([]);
    expect(ports("老人从温州下山码头边慢慢走回家。")).toEqual([]);
  });
});
