import { describe, expect, it } from "vitest";
import { coordinatedPorts } from "../../../../../server/extract/entities/coordinated-ports";
import { ports } from "../../../../../server/extract/entities/ports";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule coordinated-ports", () => {
  it("reads the second of two ports joined by a conjunction", () => {
    expect(mentionsBy([ports, coordinatedPorts], "新航线连接蓝湾港与石岭港，每周两班。")).toEqual([
      "Port:蓝湾港@蓝湾港",
      "Port:石岭港@石岭港",
    ]);
  });

  it("reads a second port of entry after 和 or 及", () => {
    expect(mentionsBy([ports, coordinatedPorts], "货车经苍岭口岸和白沙铁路口岸出境。")).toContain(
      "Port:白沙铁路口岸@白沙铁路口岸",
    );
  });

  it("reads nothing when the text after the conjunction is no port name", () => {
    expect(mentionsBy([coordinatedPorts], "企业在蓝湾港与其他港", false)).toEqual([]);
    expect(mentionsBy([ports, coordinatedPorts], "集装箱在蓝湾港和港口之间转运。")).toEqual([
      "Port:蓝湾港@蓝湾港",
    ]);
  });
});
