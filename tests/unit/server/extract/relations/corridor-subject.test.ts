import { describe, expect, it } from "vitest";
import { onCorridor } from "../../../../../server/extract/relations/on-corridor";
import { relationsBy } from "../../../../support/rules";

// Invented sentences; the gates of corridor-subject.ts, seen through the rule that uses them
// (on-corridor), as "TYPE:source->target".
describe("corridor subject gates", () => {
  it("puts no stop of a route on the corridor: a place after a route word is the route's (CONNECTS)", () => {
    // the ends of A至B and A—B, places of a list after 直达, a place framed by 以…为目的地
    expect(relationsBy([onCorridor], "长沙至莫斯科的首趟中欧班列已开行。")).toEqual([]);
    expect(relationsBy([onCorridor], "长沙—莫斯科线路的开通，是融入丝绸之路经济带的重要一步。")).toEqual([]);
    expect(relationsBy([onCorridor], "这是大连港继开行直达华沙、布达佩斯后的又一条中欧班列。")).toEqual([]);
    expect(relationsBy([onCorridor], "这趟以华沙为目的地的货运班列，已全面融入“一带一路”。")).toEqual([]);
    // (以X为支点 is a role on the corridor, not a stop)
    expect(relationsBy([onCorridor], "长沙以港口为支点，加快融入“一带一路”大局。")).toEqual([
      "ON_CORRIDOR:City:长沙->Corridor:一带一路",
    ]);
    // a port on the corridor's own route lies on it; a stop of another route in an earlier part does not
    expect(relationsBy([onCorridor], "经霍尔果斯口岸出境的中欧班列开行量增长。")).toEqual([
      "ON_CORRIDOR:Port:霍尔果斯口岸->Corridor:中欧班列",
    ]);
    expect(relationsBy([onCorridor], "货物经武汉阳逻港运往上海；向西，持续开行中欧班列。")).toEqual([]);
    // the stated ends of a route (北起A、南抵B的R) are its stops, not places put on a corridor
    expect(
      relationsBy([onCorridor], "北起中国昆明、南抵老挝万象的中老铁路，已成为共建“一带一路”的重要纽带。"),
    ).toEqual([]);
  });

  it("reads nothing from a question", () => {
    expect(relationsBy([onCorridor], "银川地处内陆，如何融入西部陆海新通道？")).toEqual([]);
    expect(relationsBy([onCorridor], "银川地处内陆，积极融入西部陆海新通道。")).toEqual([
      "ON_CORRIDOR:City:银川->Corridor:西部陆海新通道",
    ]);
  });
  it("takes no dateline place as the subject", () => {
    expect(relationsBy([onCorridor], "新华社长沙3月9日电 这趟货运班列是融入“一带一路”的新桥梁。")).toEqual(
      [],
    );
  });

  it("takes no name of a clause opened by 为 (a purpose or a beneficiary) as the subject", () => {
    expect(
      relationsBy(
        [onCorridor],
        "这是湖南首度融入西部陆海新通道，为扩大湖南开放程度，助力丝绸之路经济带发展搭建了平台。",
      ),
    ).toEqual(["ON_CORRIDOR:Province:湖南省->Corridor:西部陆海新通道"]);
    // 对 as a preposition (对打造X…起到作用) likewise; 对X而言 sets X as the topic
    expect(
      relationsBy([onCorridor], "班列的开行，对打造湖南内陆开放高地，助力“一带一路”建设将起到推动作用。"),
    ).toEqual([]);
    expect(relationsBy([onCorridor], "对湖南自贸试验区而言，应依托中欧班列拓展市场。")).toEqual([
      "ON_CORRIDOR:FreeTradeZone:中国（湖南）自由贸易试验区->Corridor:中欧班列",
    ]);
    // (为此 after the subject is no such clause)
    expect(relationsBy([onCorridor], "湖南为此主动融入“一带一路”大局。")).toEqual([
      "ON_CORRIDOR:Province:湖南省->Corridor:一带一路",
    ]);
  });

  it("takes no owner of a train's cargo as the subject (满载X货物的班列)", () => {
    expect(relationsBy([onCorridor], "满载湖南特色农产品的中欧班列成为融入“一带一路”的新桥梁。")).toEqual([]);
  });

  it("reads a place after the country it lies in as a stop (到达波兰首都华沙的…)", () => {
    expect(
      relationsBy([onCorridor], "从金华出发，最终到达波兰首都华沙的中欧班列成为“一带一路”的关键纽带。"),
    ).toEqual([]);
  });

  it("takes no name before a semicolon when the corridor's part names its own subject", () => {
    expect(relationsBy([onCorridor], "青岛港加快建设智慧码头；乘着中欧班列，郑州企业拓展欧洲市场。")).toEqual(
      [],
    );
    // (a part with no subject of its own continues the one before the semicolon)
    expect(relationsBy([onCorridor], "青岛港加快升级自动化码头；同时主动融入“一带一路”大局。")).toEqual([
      "ON_CORRIDOR:Port:青岛港->Corridor:一带一路",
    ]);
  });

  it("reads a city or province that runs a service, or names it as its own, as an end of its route", () => {
    // the place runs the service (开行, 开出) or names it as its own: CONNECTS, not ON_CORRIDOR
    expect(relationsBy([onCorridor], "湖南省自2018年开行第一趟中欧班列以来，运量逐年攀升。")).toEqual([
      "CONNECTS:Corridor:中欧班列->Province:湖南省",
    ]);
    expect(relationsBy([onCorridor], "长沙全市中欧班列开行规模连续三年创新高，运营质量稳步提升。")).toEqual([
      "CONNECTS:Corridor:中欧班列->City:长沙",
    ]);
    // (a facility named after the service, 中欧班列集结中心, is no run of it: on-corridor.ts namesFacility)
    expect(relationsBy([onCorridor], "长沙还在加快打造中欧班列集结中心。")).toEqual([]);
    // a node of the service in the same sentence lies on it
    expect(relationsBy([onCorridor], "长沙被列为中欧班列节点城市，开行规模不断扩大。")).toEqual([
      "ON_CORRIDOR:City:长沙->Corridor:中欧班列",
    ]);
    // a railway is a way the place lies on, and a port or zone the service leaves from lies on it
    expect(relationsBy([onCorridor], "长沙积极参与建设渝长厦铁路。")).toEqual([
      "ON_CORRIDOR:City:长沙->Corridor:渝长厦铁路",
    ]);
    expect(relationsBy([onCorridor], "霍尔果斯口岸开行中欧班列的数量不断增长。")).toEqual([
      "ON_CORRIDOR:Port:霍尔果斯口岸->Corridor:中欧班列",
    ]);
    // the other gates still come first: a dateline place is no end of the route
    expect(relationsBy([onCorridor], "新华社长沙8月21日电 今年开行中欧班列超过千列。")).toEqual([]);
  });
});
