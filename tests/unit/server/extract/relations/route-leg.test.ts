import { describe, expect, it } from "vitest";
import { connectTrigger } from "../../../../../server/extract/relations/connect-trigger";
import { routes } from "../../../../../server/extract/relations/routes";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; relations as "TYPE:source->target", the route rules that read the leg.
describe("route leg of a service taken as the way (route-leg.ts)", () => {
  it("ends the stops of a service taken as the way at a leg break after it", () => {
    const found = relationsBy(
      [routes, connectTrigger],
      "这批货物经中欧班列抵达波兰华沙后再分拨，运至法国、荷兰。",
    );
    expect(found).toContain("CONNECTS:Corridor:中欧班列->Country:波兰");
    expect(found).toContain("CONNECTS:Corridor:中欧班列->City:华沙");
    expect(found).not.toContain("CONNECTS:Corridor:中欧班列->Country:法国");
    expect(found).not.toContain("CONNECTS:Corridor:中欧班列->Country:荷兰");
  });

  it("reads the same with 随后 and 换装后, and for 通过 and 搭乘", () => {
    const a = relationsBy([routes, connectTrigger], "冷冻水产通过中老铁路进入磨憨，随后发往成都。");
    expect(a).toContain("CONNECTS:Corridor:中老铁路->City:磨憨");
    expect(a).not.toContain("CONNECTS:Corridor:中老铁路->City:成都");
    const b = relationsBy(
      [routes, connectTrigger],
      "机电产品搭乘中欧班列到达德国杜伊斯堡，换装后驶往比利时。",
    );
    expect(b).toContain("CONNECTS:Corridor:中欧班列->City:杜伊斯堡");
    expect(b).not.toContain("CONNECTS:Corridor:中欧班列->Country:比利时");
  });

  it("starts the stops at the place where the goods board it, not at their earlier leg", () => {
    const found = relationsBy([routes], "水果从越南启程后，经公路运至南宁，再搭乘中欧班列直达德国。");
    expect(found).toContain("CONNECTS:Corridor:中欧班列->City:南宁");
    expect(found).toContain("CONNECTS:Corridor:中欧班列->Country:德国");
    expect(found).not.toContain("CONNECTS:Corridor:中欧班列->Country:越南");
  });

  it("keeps every stop of a service that runs the route itself (it is the subject, not the way)", () => {
    const found = relationsBy([routes], "中欧班列抵达波兰华沙后，再开往德国汉堡。");
    expect(found).toContain("CONNECTS:Corridor:中欧班列->City:华沙");
    expect(found).toContain("CONNECTS:Corridor:中欧班列->City:汉堡");
  });

  it("keeps the stops of a service taken as the way when no leg break follows", () => {
    const found = relationsBy([routes], "这批汽车配件经中欧班列运抵波兰，并发往德国汉堡。");
    expect(found).toContain("CONNECTS:Corridor:中欧班列->Country:波兰");
    expect(found).toContain("CONNECTS:Corridor:中欧班列->City:汉堡");
  });
  it("gives a service taken as the way no stop of the clauses before it, but the place it is gathered at", () => {
    const away = relationsBy([routes], "一列班列从太原国际陆港启程，将通过中老铁路直达老挝万象。");
    expect(away).toContain("CONNECTS:Corridor:中老铁路->City:万象");
    expect(away).not.toContain("ON_CORRIDOR:Port:太原国际陆港->Corridor:中老铁路");
    const gathered = relationsBy(
      [routes],
      "一批咖啡豆由泰国运抵云南昆明，在成都集结后，搭乘中欧班列发往匈牙利。",
    );
    expect(gathered).toContain("CONNECTS:Corridor:中欧班列->City:成都");
    expect(gathered).toContain("CONNECTS:Corridor:中欧班列->Country:匈牙利");
    expect(gathered).not.toContain("CONNECTS:Corridor:中欧班列->City:昆明");
  });
});
