import { describe, expect, it } from "vitest";
import { inlandPorts } from "../../../../../server/extract/entities/inland-ports";
import { prefectureCities } from "../../../../../server/extract/entities/prefecture-cities";
import { mentionsBy } from "../../../../support/rules";

const ports = (t: string) =>
  mentionsBy([prefectureCities, inlandPorts], t).filter((m) => m.startsWith("Port:"));

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule inland-ports", () => {
  it("reads a place (with a district) before 国际陆港, 国际港 or 国际公铁物流港", () => {
    expect(ports("南昌昌北国际陆港开出首趟班列。")).toEqual(["Port:南昌昌北国际陆港@南昌昌北国际陆港"]);
    expect(ports("货物运抵长沙国际公铁物流港后分拨。")).toEqual([
      "Port:长沙国际公铁物流港@长沙国际公铁物流港",
    ]);
  });

  it("reads a province with its city in brackets (甘肃(武威)国际陆港)", () => {
    expect(ports("陕西(宝鸡)国际陆港今年开通新线。")).toEqual(["Port:陕西(宝鸡)国际陆港@陕西(宝鸡)国际陆港"]);
  });

  it("reads no port from a count, a station, a zone, a common noun or a clause before the head", () => {
    expect(ports("该省建设的三大国际陆港之一。")).toEqual([]);
    expect(ports("列车从兰州国际港站出发，兰州国际港务区扩建。")).toEqual([]);
    expect(ports("我们要加快发展国际港口物流。")).toEqual([]);
    expect(ports("企业都在国际陆港设仓。")).toEqual([]);
  });
});
