import { describe, expect, it } from "vitest";
import { ENTITY_RULES } from "../../../../../server/extract/entities/registry";
import { idsBy } from "../../../../support/rules";

const placeIds = (t: string) =>
  idsBy([...ENTITY_RULES], t).filter((id) => /^(City|Province|Country):/.test(id));

// Invented sentences: runs after overlap resolution (recognize.ts), on every rule's places.
describe("places that open a venue's or an institution's name (entities/facility-places.ts)", () => {
  it("drops a city, province or country written right before a venue's head", () => {
    expect(placeIds("书画展在大同博物馆开幕，观众排起长队。")).toEqual([]);
    expect(placeIds("决赛改在苏州体育中心进行。")).toEqual([]);
    expect(placeIds("湖南省博物馆借出三件铜器。")).toEqual([]);
    expect(placeIds("中国丝绸博物馆推出新展。")).toEqual([]);
  });

  it("drops the place through an admin suffix or two characters of the name (敦煌市博物馆, 嘉峪关长城博物馆)", () => {
    expect(placeIds("嘉峪关长城博物馆与武汉市图书馆联合办展。")).toEqual([]);
  });

  it("keeps a place that the clause, not the name, joins to the venue", () => {
    expect(placeIds("北京的博物馆周一闭馆。")).toContain("Province:北京市");
    expect(placeIds("投资方计划在上海建设科技馆。")).toContain("Province:上海市");
    expect(placeIds("广州和深圳的图书馆延长开放时间。")).toEqual(["City:广州", "City:深圳"]);
    expect(placeIds("大同博物馆的藏品来自大同各县。")).toContain("City:大同");
  });

  it("keeps a place when a verb, a time word or a quantifier, not a name word, stands before the head", () => {
    expect(placeIds("游客周末在西安逛博物馆，晚上看演出。")).toContain("City:西安");
    expect(placeIds("不少游客专程到武汉打卡美术馆。")).toContain("City:武汉");
    expect(placeIds("上海再添美术馆一座。")).toContain("Province:上海市");
    expect(placeIds("日本各大博物馆相继闭馆。")).toContain("Country:日本");
    expect(placeIds("埃及今年博物馆游客增长三成。")).toContain("Country:埃及");
  });

  it("keeps a country before a foreign venue's own short name (英国大英博物馆)", () => {
    expect(placeIds("他在英国大英博物馆看到了一批古籍。")).toContain("Country:英国");
    expect(placeIds("代表团参观了俄罗斯冬宫博物馆。")).toContain("Country:俄罗斯");
  });

  it("drops the place through whole name words (国家, 工人) but not before a head inside a longer word", () => {
    expect(placeIds("巴西国家体育场将举办决赛。")).toEqual([]);
    expect(placeIds("北京工人体育场改造完成。")).toEqual([]);
    expect(placeIds("中国体育场馆建设进入新阶段。")).toContain("Country:中国");
    expect(placeIds("中国图书馆事业发展迅速。")).toContain("Country:中国");
    expect(placeIds("中国博物馆总数达六千余家。")).toContain("Country:中国");
  });

  it("drops the place before a named venue's own words that merely start like a generic one (馆藏, 业务, 建设的)", () => {
    expect(placeIds("洛阳博物馆馆藏青铜器将首次出境。")).toEqual([]);
    expect(placeIds("杭州美术馆业务人员赴外地交流。")).toEqual([]);
    expect(placeIds("无锡图书馆建设的分馆开始试运行。")).toEqual([]);
    expect(placeIds("成都博物馆资源面向中小学开放。")).toEqual([]);
  });

  it("keeps the place before a word holding a head (博物馆日) or venues spoken of collectively (遍布, 普遍)", () => {
    expect(placeIds("今年山西国际博物馆日的主会场设在太原。")).toContain("Province:山西省");
    expect(placeIds("福建民俗博物馆遍布各个乡镇。")).toContain("Province:福建省");
    expect(placeIds("法国国立博物馆普遍实行夜间开放。")).toContain("Country:法国");
    expect(placeIds("中国图书馆学的奠基人之一。")).toContain("Country:中国");
  });

  it("drops the place before a sports ground's head (足球场, 足球中心, 奥体中心, 奥体) but keeps it in the clause", () => {
    expect(placeIds("半决赛定在洛阳足球场举行。")).toEqual([]);
    expect(placeIds("那场友谊赛在兰州国际足球中心进行。")).toEqual([]);
    expect(placeIds("歌手把巡演终点放在南昌奥体中心。")).toEqual([]);
    expect(placeIds("球迷们都说南宁奥体的草皮很好。")).toEqual([]);
    expect(placeIds("洛阳的足球场越来越多，市民常去踢球。")).toContain("City:洛阳");
    expect(placeIds("兰州新建了足球中心，青少年训练有了场地。")).toContain("City:兰州");
  });

  it("keeps the place before a common word that holds a sports ground's head (足球场地, 足球场馆, 足球中心城市)", () => {
    expect(placeIds("中国足球场地严重不足，孩子们只能在街边踢球。")).toEqual(["Country:中国"]);
    expect(placeIds("中国足球场均上座率居亚洲前列。")).toEqual(["Country:中国", "Country:亚洲"]);
    expect(placeIds("日本足球场馆的草皮养护水平很高。")).toEqual(["Country:日本"]);
    expect(placeIds("成都足球中心城市建设全面启动。")).toEqual(["City:成都"]);
    expect(placeIds("中国足球中心化管理模式饱受争议。")).toEqual(["Country:中国"]);
  });
});
