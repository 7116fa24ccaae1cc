import { describe, expect, it } from "vitest";
import { catalogSurfaces } from "../../../../../server/extract/entities/catalog-surfaces";
import { portGroups } from "../../../../../server/extract/entities/port-groups";
import { ports } from "../../../../../server/extract/entities/ports";
import { mentionsBy } from "../../../../support/rules";

// Invented sentences; mentions as "id@surface" after overlaps are resolved.
describe("entity rule port-groups", () => {
  it("reads a port followed by 集团, 股份 or 控股 as the company that runs it", () => {
    expect(mentionsBy([catalogSurfaces, ports, portGroups], "日照港集团与青岛港控股签署协议。")).toEqual([
      "Organization:日照港集团@日照港集团",
      "Organization:青岛港控股@青岛港控股",
    ]);
  });

  it("leaves the port itself and a form of ownership alone", () => {
    expect(
      mentionsBy([catalogSurfaces, ports, portGroups], "日照港集团化改革推进,青岛港股份制试点启动。"),
    ).toEqual(["Port:日照港@日照港", "Port:青岛港@青岛港"]);
  });

  it("reads no company in a holding's stake, shareholder, share or subsidiary (控股权, 控股股东, 控股比例, 控股子公司)", () => {
    const orgs = (t: string) =>
      mentionsBy([catalogSurfaces, ports, portGroups], t).filter((m) => m.startsWith("Organization:"));
    expect(orgs("日照港控股权转让事宜已完成。")).toEqual([]);
    expect(orgs("大连港控股股东发生变更。")).toEqual([]);
    expect(orgs("上海港控股比例调整后业绩提升。")).toEqual([]);
    expect(orgs("宁波港控股子公司完成增资。")).toEqual([]);
  });
});
