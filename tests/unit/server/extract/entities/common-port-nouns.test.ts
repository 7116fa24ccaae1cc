import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../../../../server/extract/catalog";
import { dropCommonPortNouns } from "../../../../../server/extract/entities/common-port-nouns";
import type { Mention } from "../../../../../server/extract/entities/types";
import { Recognizer } from "../../../../../server/extract/recognize";

const port = (id: string, cs: number, ce: number): Mention => ({ id, cs, ce, method: "pattern", parts: [] });

// Invented phrases; the mentions a port rule could have proposed on them.
describe("common port nouns", () => {
  it("drops a port mention that ends with a common noun of the port vocabulary", () => {
    const n = new Recognizer(loadCatalog());
    const text = "推进地方电子口岸和邮轮母港建设";
    const out = [port("Port:地方电子口岸", 2, 8), port("Port:邮轮母港", 9, 13)];
    dropCommonPortNouns(text, out, n);
    expect(out).toEqual([]);
  });

  it("drops an information hub and a twinning title (信息港, 友好港, 姐妹港), which are no ports", () => {
    const n = new Recognizer(loadCatalog());
    const text = "共建数字信息港，两港结为友好港和姐妹港";
    const out = [port("Port:数字信息港", 2, 7), port("Port:友好港", 12, 15), port("Port:姐妹港", 16, 19)];
    dropCommonPortNouns(text, out, n);
    expect(out).toEqual([]);
  });

  it("keeps a port whose noun follows a place, and ports with other heads", () => {
    const n = new Recognizer(loadCatalog());
    const text = "厦门枢纽港和蓝湾港";
    const out = [port("Port:厦门枢纽港", 0, 5), port("Port:蓝湾港", 6, 9)];
    dropCommonPortNouns(text, out, n);
    expect(out.map((m) => m.id)).toEqual(["Port:厦门枢纽港", "Port:蓝湾港"]);
  });

  it("drops a kind of traffic before 口岸 (集装箱口岸, 邮轮口岸) unless a place names the port", () => {
    const n = new Recognizer(loadCatalog());
    const text = "全球第五大集装箱口岸，新建的邮轮口岸，丙城邮轮口岸，厦门邮轮口岸";
    const out = [
      port("Port:集装箱口岸", 5, 10),
      port("Port:邮轮口岸", 14, 18),
      port("Port:厦门邮轮口岸", 26, 32),
    ];
    dropCommonPortNouns(text, out, n);
    expect(out.map((m) => m.id)).toEqual(["Port:厦门邮轮口岸"]);
  });
  it("drops a trading port, an artificial port, port-clearing traffic and a satellite port as kinds", () => {
    const n = new Recognizer(loadCatalog());
    const text = "两镇间的通商口岸，外海新建人工港，铁路疏港运量，乡镇卫星港扩建";
    const out = [
      port("Port:通商口岸", 4, 8),
      port("Port:外海新建人工港", 9, 16),
      port("Port:铁路疏港", 17, 21),
      port("Port:乡镇卫星港", 24, 29),
    ];
    dropCommonPortNouns(text, out, n);
    expect(out).toEqual([]);
  });

  it("trims 疏港 after a place-led port name to that port instead of dropping it", () => {
    const n = new Recognizer(loadCatalog());
    const text = "镇江港疏港公路通车，铁路疏港运量";
    const out = [port("Port:镇江港疏港", 0, 5), port("Port:铁路疏港", 10, 14)];
    dropCommonPortNouns(text, out, n);
    expect(out.map((m) => `${m.id}@${text.slice(m.cs, m.ce)}`)).toEqual(["Port:镇江港@镇江港"]);
  });

  it("keeps a satellite or trading port led by a place (乙城卫星港 after a known city)", () => {
    const n = new Recognizer(loadCatalog());
    const text = "九江卫星港扩建";
    const out = [port("Port:九江卫星港", 0, 5)];
    dropCommonPortNouns(text, out, n);
    expect(out.map((m) => m.id)).toEqual(["Port:九江卫星港"]);
  });

  it("drops a financial district and a container port as a kind (金融港, 货柜港)", () => {
    const n = new Recognizer(loadCatalog());
    const text = "银杏金融港开盘，南岸是大型货柜港";
    const out = [port("Port:银杏金融港", 0, 5), port("Port:大型货柜港", 11, 16)];
    dropCommonPortNouns(text, out, n);
    expect(out).toEqual([]);
  });
});

// Invented names before a class noun of ports.
describe("class nouns of ports (port-common-nouns.json classNouns)", () => {
  it("keeps a class noun led by a name (勐朗边贸口岸, 那坡省级口岸)", () => {
    const n = new Recognizer(loadCatalog());
    const text = "勐朗边贸口岸开通，那坡省级口岸升级";
    const out = [port("Port:勐朗边贸口岸", 0, 6), port("Port:那坡省级口岸", 9, 15)];
    dropCommonPortNouns(text, out, n);
    expect(out.map((m) => m.id)).toEqual(["Port:勐朗边贸口岸", "Port:那坡省级口岸"]);
  });

  it("drops a class noun when bare or led by common words (重要边贸口岸, 国家一类口岸, 恢复通行口岸)", () => {
    const n = new Recognizer(loadCatalog());
    const text = "重要边贸口岸和国家一类口岸都恢复通行口岸";
    const out = [
      port("Port:重要边贸口岸", 0, 6),
      port("Port:国家一类口岸", 7, 13),
      port("Port:恢复通行口岸", 15, 21),
    ];
    dropCommonPortNouns(text, out, n);
    expect(out).toEqual([]);
  });
});
