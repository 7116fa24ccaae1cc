import { describe, expect, it } from "vitest";
import { zoneHoldsParks } from "../../../../../server/extract/relations/zone-holds-parks";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", this rule only.
describe("relation rule zone-holds-parks", () => {
  it("gives a development zone opening its clause the zones its holding verb lists", () => {
    expect(
      relationsBy(
        [zoneHoldsParks],
        "南通经济技术开发区包括海门经济开发区、如皋高新技术产业开发区和南通综合保税区。",
      ),
    ).toEqual([
      "HAS_PLATFORM:DevZone:南通经济技术开发区->DevZone:海门经济开发区",
      "HAS_PLATFORM:DevZone:南通经济技术开发区->DevZone:如皋高新技术产业开发区",
      "HAS_PLATFORM:DevZone:南通经济技术开发区->DevZone:南通综合保税区",
    ]);
    expect(
      relationsBy(
        [zoneHoldsParks],
        "南通综合保税区封关运行后，南通经济技术开发区拥有南通综合保税区和如皋综合保税区两个平台。",
      ),
    ).toEqual([
      "HAS_PLATFORM:DevZone:南通经济技术开发区->DevZone:南通综合保税区",
      "HAS_PLATFORM:DevZone:南通经济技术开发区->DevZone:如皋综合保税区",
    ]);
    expect(
      relationsBy([zoneHoldsParks], "长沙经济技术开发区正在建设星沙产业园、长沙黄花综合保税区等平台。"),
    ).toEqual(["HAS_PLATFORM:DevZone:长沙经济技术开发区->DevZone:长沙黄花综合保税区"]);
  });

  it("gives nothing to a zone that only meets, modifies or names the other zone", () => {
    for (const text of [
      "南通经济技术开发区与南通综合保税区签署合作协议，共建物流通道。",
      "南通经济技术开发区有关部门走访了如皋综合保税区。",
      "南通经济技术开发区有不少企业入驻南通综合保税区。",
      "南通经济技术开发区计划明年启动南通综合保税区的申报工作。",
      "南通经济技术开发区被列入名单，包括南通综合保税区在内的多个园区受益。",
      "南通经济技术开发区包括崇川片(海门经济开发区)和如东片(如皋高新技术产业开发区)。",
      "长沙经济技术开发区建设投资公司与长沙黄花综合保税区签约。",
      "去年南通经济技术开发区引进项目32个；南通综合保税区新增企业15家。",
    ])
      expect(relationsBy([zoneHoldsParks], text)).toEqual([]);
  });
});
