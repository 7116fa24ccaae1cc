import { describe, expect, it } from "vitest";
import { coSignatories } from "../../../../../server/extract/relations/co-signatories";
import { relationsBy } from "../../../../support/rules";

// Invented sentences: parties listed as the subject of a clause that signs an agreement together.
describe("relation rule co-signatories", () => {
  it("makes the first signatory cooperate with each other party of the list", () => {
    expect(
      relationsBy(
        [coSignatories],
        "4月2日，厦门港务控股集团、高雄港务公司和金门县政府三方在厦门签署合作备忘录。",
      ),
    ).toEqual([
      "COOPERATES_WITH:Organization:厦门港务控股集团->Organization:高雄港务公司",
      "COOPERATES_WITH:Organization:厦门港务控股集团->Organization:金门县政府",
    ]);
    expect(relationsBy([coSignatories], "近日，重庆市和四川省签订了成渝地区合作框架协议。")).toEqual([
      "COOPERATES_WITH:Province:重庆市->Province:四川省",
    ]);
    // traditional characters
    expect(relationsBy([coSignatories], "福建港口集團與河北港口集團簽署戰略合作協議。")).toEqual([
      "COOPERATES_WITH:Organization:福建港口集团->Organization:河北港口集团",
    ]);
  });

  it("takes the city, port or company a listed country only locates or owns as the party (与某国某市, 与某国的某公司)", () => {
    // (the country is named on its own before, so it is no modifier-only mention)
    expect(relationsBy([coSignatories], "德国是欧洲大国，西安市与德国汉堡市签署友好城市协议。")).toEqual([
      "COOPERATES_WITH:City:西安->City:汉堡",
    ]);
    expect(relationsBy([coSignatories], "越南是邻国，北海市与越南海防港签订港口合作备忘录。")).toEqual([
      "COOPERATES_WITH:City:北海->City:海防",
    ]);
    expect(relationsBy([coSignatories], "福州市与印度尼西亚的雅加达港务公司签订合作备忘录。")).toEqual([
      "COOPERATES_WITH:City:福州->Organization:雅加达港务公司",
    ]);
    // (a company no name gives: the country only says whose it is, no party)
    expect(relationsBy([coSignatories], "天津港与韩国的一家航运企业签订合作备忘录。")).toEqual([]);
    // (a foreign region keeps its country as the party, modifier-country.ts foreignRegion)
    expect(relationsBy([coSignatories], "俄罗斯是邻国，吉林省与俄罗斯滨海边疆区签署合作协议。")).toEqual([
      "COOPERATES_WITH:Province:吉林省->Country:俄罗斯",
    ]);
  });

  it("gives nothing for signing apart, an open list, a modifier use, or a list that is no subject", () => {
    expect(relationsBy([coSignatories], "北京市、上海市和广东省分别签署了合作协议。")).toEqual([]);
    expect(relationsBy([coSignatories], "上海市、广东省等地签署了合作协议。")).toEqual([]);
    expect(relationsBy([coSignatories], "广西和云南签署的协议数量增长。")).toEqual([]);
    expect(relationsBy([coSignatories], "会议邀请了广西和云南的企业，现场签署合作协议。")).toEqual([]);
  });

  it("reads sides that act together on one thing (三方共同成立, 由A和B联合主办), after a date or after 由", () => {
    expect(relationsBy([coSignatories], "2021年5月，澳门、珠海和佛山三方共同成立科技合作中心。")).toEqual([
      "COOPERATES_WITH:Province:澳门特别行政区->City:珠海",
      "COOPERATES_WITH:Province:澳门特别行政区->City:佛山",
    ]);
    expect(relationsBy([coSignatories], "该论坛由香港贸易发展局和商务部联合主办。")).toEqual([
      "COOPERATES_WITH:Organization:香港贸易发展局->Organization:商务部",
    ]);
    // (acting apart, composing something, a shared trait, or a list that is no subject)
    expect(relationsBy([coSignatories], "北京市、上海市和广东省分别设立了服务中心。")).toEqual([]);
    expect(relationsBy([coSignatories], "上海市和浙江省共同构成长三角的核心。")).toEqual([]);
    expect(relationsBy([coSignatories], "广西和云南共同的特点是沿边。")).toEqual([]);
    expect(relationsBy([coSignatories], "会议邀请了广西和云南的企业共同举办展览。")).toEqual([]);
  });

  it("gives nothing when what the parties make together after 由 is an agreement (its members, not partners)", () => {
    expect(relationsBy([coSignatories], "DEPA最初由新加坡、智利和新西兰三国共同发起，现已扩员。")).toEqual(
      [],
    );
    expect(relationsBy([coSignatories], "这一论坛由新加坡和智利共同发起。")).toEqual([
      "COOPERATES_WITH:Country:新加坡->Country:智利",
    ]);
  });

  it("reads sides that build or cooperate with each other right after the list (共建, 结为, 加强…合作)", () => {
    expect(relationsBy([coSignatories], "中国和泰国共建的铁路项目进展顺利。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:泰国",
    ]);
    expect(relationsBy([coSignatories], "2019年，昆明和万象结为友好城市。")).toEqual([
      "COOPERATES_WITH:City:昆明->City:万象",
    ]);
    expect(relationsBy([coSignatories], "四川和重庆将进一步深化经贸合作。")).toEqual([
      "COOPERATES_WITH:Province:四川省->Province:重庆市",
    ]);
    // (cooperating with a third side, or a list that does not open the clause: nothing)
    expect(relationsBy([coSignatories], "四川和重庆加强与东盟合作。")).toEqual([]);
    expect(relationsBy([coSignatories], "报告提到，我们看到四川和重庆深化合作。")).toEqual([]);
  });

  it("reads a zone's or area's management committee as the zone or area it signs for", () => {
    expect(
      relationsBy([coSignatories], "日前，湖南自贸试验区岳阳片区管委会与老挝商务部签订合作协议。"),
    ).toEqual(["COOPERATES_WITH:Area:岳阳片区->Organization:老挝商务部"]);
    // (a development zone's committee stays a party of its own)
    expect(relationsBy([coSignatories], "近日，南沙经济开发区管委会与老挝商务部签署合作备忘录。")).toEqual([
      "COOPERATES_WITH:Organization:南沙经济开发区管委会->Organization:老挝商务部",
    ]);
  });
  it("gives nothing when the last party only opens an unrecognised company's or group's name", () => {
    expect(
      relationsBy([coSignatories], "日前，云南省人民政府与湖南远航科技(集团)公司签署投资协议。"),
    ).toEqual([]);
    // (a bracketed group word before a legal form is read as part of the company's name: the company signs)
    expect(
      relationsBy([coSignatories], "日前，云南省人民政府与湖南远航科技(集团)有限公司签署投资协议。"),
    ).toEqual(["COOPERATES_WITH:Organization:云南省人民政府->Organization:湖南远航科技(集团)有限公司"]);
    expect(relationsBy([coSignatories], "近日，泉州港与厦门海联(集团)物流有限公司签订了运输合同。")).toEqual(
      [],
    );
    // (the place itself signing, with its government or the pair word after it, still cooperates)
    expect(relationsBy([coSignatories], "近日，重庆市和四川省两地政府签订了合作协议。")).toEqual([
      "COOPERATES_WITH:Province:重庆市->Province:四川省",
    ]);
  });
  it("gives nothing when the agreement the 由-list makes is named after its act (finding 7 of review18c)", () => {
    expect(
      relationsBy([coSignatories], "由智利、新西兰、新加坡共同发起的《数字经济伙伴关系协定》正在扩员。"),
    ).toEqual([]);
    expect(
      relationsBy(
        [coSignatories],
        "由文莱、智利、新西兰共同签署的《跨太平洋战略经济伙伴关系协定》影响深远。",
      ),
    ).toEqual([]);
  });

  it("reads no agent mark in 自由, 经由, 理由 (finding 14 of review18c)", () => {
    expect(relationsBy([coSignatories], "基于这一理由上海市和江苏省共同举办论坛。")).toEqual([]);
  });

  it("reads a list joined by 、 only after the agent mark 由 with a joint act (由A、B、C共同主办)", () => {
    expect(relationsBy([coSignatories], "该论坛由香港贸易发展局、商务部、新加坡共同主办。")).toEqual([
      "COOPERATES_WITH:Organization:香港贸易发展局->Organization:商务部",
      "COOPERATES_WITH:Organization:香港贸易发展局->Country:新加坡",
    ]);
  });

  it("gives nothing for a 、 list with no 由, closed by 等, or with no joint act after it", () => {
    expect(relationsBy([coSignatories], "上海市、江苏省、浙江省共同举办了龙舟比赛。")).toEqual([]);
    expect(relationsBy([coSignatories], "比赛由上海市、江苏省、浙江省等共同举办。")).toEqual([]);
    expect(relationsBy([coSignatories], "这部电影由上海市、江苏省的演员共同主演。")).toEqual([]);
    expect(relationsBy([coSignatories], "音乐节由上海市、江苏省轮流举办。")).toEqual([]);
  });

  it("reads bodies that host one event with a bare host verb, or sign as a list joined by 、 alone", () => {
    expect(relationsBy([coSignatories], "本届博览会由中国国际商会和昆明市人民政府主办。")).toEqual([
      "COOPERATES_WITH:Organization:中国国际商会->Organization:昆明市人民政府",
    ]);
    expect(relationsBy([coSignatories], "此次峰会由海关总署、商务部承办。")).toEqual([
      "COOPERATES_WITH:Organization:海关总署->Organization:商务部",
    ]);
    expect(relationsBy([coSignatories], "5日，厦门港务控股集团、青岛港集团签署了战略合作协议。")).toEqual([
      "COOPERATES_WITH:Organization:厦门港务控股集团->Organization:青岛港集团",
    ]);
    expect(relationsBy([coSignatories], "该称号由国家发展改革委和交通运输部联合授予。")).toEqual([
      "COOPERATES_WITH:Organization:国家发展改革委->Organization:交通运输部",
    ]);
  });

  it("gives nothing for places that host, an open list of bodies, one host per clause, or other acts", () => {
    expect(relationsBy([coSignatories], "北京和上海主办的国际展会数量居全国前列。")).toEqual([]);
    expect(relationsBy([coSignatories], "比赛由上海市和江苏省主办。")).toEqual([]);
    expect(relationsBy([coSignatories], "商务部、外交部等单位签署了合作协议。")).toEqual([]);
    expect(relationsBy([coSignatories], "本届论坛由商务部主办，广东省人民政府承办。")).toEqual([]);
    expect(relationsBy([coSignatories], "与去年相比，商务部、海关总署签署的文件数量有所增加。")).toEqual([]);
    expect(relationsBy([coSignatories], "商务部、海关总署在赛事中展开竞争。")).toEqual([]);
    expect(relationsBy([coSignatories], "商务部、海关总署与外交部的官员举行了会见。")).toEqual([]);
    // (signing with someone else, not with each other)
    expect(relationsBy([coSignatories], "中国远洋海运集团、招商局集团与多家客户签署了服务合同。")).toEqual(
      [],
    );
    expect(relationsBy([coSignatories], "中国远洋海运集团和招商局集团与多家客户签署了服务合同。")).toEqual(
      [],
    );
  });

  it("reads 与 inside a word (与会, 参与, 给与) as no partner of the signing", () => {
    expect(relationsBy([coSignatories], "上海市和浙江省在与会代表见证下签署了合作备忘录。")).toEqual([
      "COOPERATES_WITH:Province:上海市->Province:浙江省",
    ]);
    expect(relationsBy([coSignatories], "重庆市和四川省就参与西部陆海新通道建设签订了合作协议。")).toEqual([
      "COOPERATES_WITH:Province:重庆市->Province:四川省",
    ]);
    expect(relationsBy([coSignatories], "中国银行和工商银行在给与支持的基础上签署合作协议。")).toEqual([
      "COOPERATES_WITH:Organization:中国银行->Organization:工商银行",
    ]);
  });

  it("gives nothing for a host verb that qualifies a noun or is counted, nor a pair act in a 、 list", () => {
    expect(relationsBy([coSignatories], "商务部、海关总署承办的项目共有12个。")).toEqual([]);
    expect(relationsBy([coSignatories], "中国国际商会和中国贸促会主办的活动今年共有30场。")).toEqual([]);
    expect(relationsBy([coSignatories], "中国国际商会、昆明市人民政府主办方代表出席会议。")).toEqual([]);
    expect(relationsBy([coSignatories], "中国银行、工商银行开展合作的企业数量超过1000家。")).toEqual([]);
    expect(relationsBy([coSignatories], "中国银行、工商银行拓展海外业务合作伙伴。")).toEqual([]);
  });

  it("gives nothing when a 、 list signs toward, for or with a third party, or each signs", () => {
    expect(relationsBy([coSignatories], "中国银行、工商银行向该企业签署了授信协议。")).toEqual([]);
    expect(relationsBy([coSignatories], "中国银行、工商银行为该企业签署授信协议。")).toEqual([]);
    expect(relationsBy([coSignatories], "中国银行、工商银行和客户签订了合作协议。")).toEqual([]);
    expect(
      relationsBy([coSignatories], "中国银行、工商银行都签署了支持民营企业的承诺书和合作协议。"),
    ).toEqual([]);
  });
  it("reads 都/均/与/向 as apart only as words of the clause, not inside places or phrases (review21i #2)", () => {
    const pair = ["COOPERATES_WITH:Organization:中国银行->Organization:工商银行"];
    expect(relationsBy([coSignatories], "中国银行和工商银行在古都洛阳签署了合作协议。")).toEqual(pair);
    expect(relationsBy([coSignatories], "中国银行和工商银行在都灵签署了合作协议。")).toEqual(pair);
    expect(relationsBy([coSignatories], "中国银行和工商银行在来宾与记者见证下签署了合作协议。")).toEqual(
      pair,
    );
    expect(relationsBy([coSignatories], "中国银行和工商银行在金融与科技论坛上签署了合作协议。")).toEqual(
      pair,
    );
    expect(relationsBy([coSignatories], "中国银行和工商银行面向明天签署了合作协议。")).toEqual(pair);
    expect(relationsBy([coSignatories], "中国银行和工商银行在会上都签署了合作协议。")).toEqual([]);
    expect(relationsBy([coSignatories], "中国银行和工商银行均与该企业签署了合作协议。")).toEqual([]);
    expect(relationsBy([coSignatories], "中国银行和工商银行同中远海运集团签署了合作协议。")).not.toContain(
      pair[0],
    );
  });

  it("reads no host verb that is part of a noun or habitual (主办行, 承办能力, 主办单位, 主办城市, 主办过; review21i #3)", () => {
    expect(relationsBy([coSignatories], "中国银行、工商银行主办行业务稳步增长。")).toEqual([]);
    expect(relationsBy([coSignatories], "商务部、海关总署主办单位代表致辞。")).toEqual([]);
    expect(relationsBy([coSignatories], "中国银行和工商银行承办能力突出。")).toEqual([]);
    expect(relationsBy([coSignatories], "中国国际商会和中国贸促会主办过很多展会。")).toEqual([]);
    expect(relationsBy([coSignatories], "此次峰会由海关总署和商务部承办。")).toHaveLength(1);
  });

  it("reads sides that host one event in turns (轮流, 交替; release 22, rel-coop13)", () => {
    expect(relationsBy([coSignatories], "每年，越南和老挝轮流在两国边境城市举办农产品博览会。")).toEqual([
      "COOPERATES_WITH:Country:越南->Country:老挝",
    ]);
    expect(relationsBy([coSignatories], "该论坛由成都市与重庆市自2015年起轮流主办。")).toEqual([
      "COOPERATES_WITH:City:成都->Province:重庆市",
    ]);
    expect(relationsBy([coSignatories], "云南省与四川省交替承办西部旅游推介会。")).toEqual([
      "COOPERATES_WITH:Province:云南省->Province:四川省",
    ]);
    // (people of the two, a turn that hosts nothing, a turn at an office)
    expect(relationsBy([coSignatories], "上海市与台北市的运动员轮流上场。")).toEqual([]);
    expect(relationsBy([coSignatories], "由于天气原因，成都和重庆轮流停电。")).toEqual([]);
    expect(relationsBy([coSignatories], "德国和法国球迷轮流在广场举行庆祝活动。")).toEqual([]);
  });

  it("reads hosting in turns only of a gathering (mend22s after review22s)", () => {
    // (rivals taking turns at a press conference, a test or a drill; a rumour about who hosts)
    expect(relationsBy([coSignatories], "美国和俄罗斯轮流召开记者会互相指责对方。")).toEqual([]);
    expect(relationsBy([coSignatories], "印度和巴基斯坦交替举行导弹试射。")).toEqual([]);
    expect(relationsBy([coSignatories], "今年，希腊和土耳其交替举行军事演习以示警告。")).toEqual([]);
    expect(relationsBy([coSignatories], "亚洲杯由北京和上海轮流举办的说法并不属实。")).toEqual([]);
    expect(relationsBy([coSignatories], "该博览会由南宁市与昆明市轮流承办。")).toEqual([
      "COOPERATES_WITH:City:南宁->City:昆明",
    ]);
    // (两省 after the list, every other year, a place phrase of 到)
    expect(relationsBy([coSignatories], "江西和安徽两省轮流举办中部投资贸易博览会。")).toEqual([
      "COOPERATES_WITH:Province:江西省->Province:安徽省",
    ]);
    expect(relationsBy([coSignatories], "中国和俄罗斯每隔一年轮流举办博览会。")).toEqual([
      "COOPERATES_WITH:Country:中国->Country:俄罗斯",
    ]);
    expect(relationsBy([coSignatories], "越南和柬埔寨轮流到对方城市举办文化周。")).toEqual([
      "COOPERATES_WITH:Country:越南->Country:柬埔寨",
    ]);
  });

  it("reads no shared event for each side's own one, a plan of it, a question or a reception (mend22u)", () => {
    for (const text of [
      "法国和意大利轮流举办了各自的文化节。",
      "南京市和杭州市轮流举办各自的半程马拉松赛。",
      "江西省和安徽省轮流举办博览会吗？",
      "湖南省和湖北省轮流举办农博会是否可行？",
      "越南和老挝轮流举办交易会的倡议被搁置。",
      "德国和法国轮流举行记者招待会。",
    ]) {
      expect(relationsBy([coSignatories], text)).toEqual([]);
    }
    // (两省区 after the list)
    expect(relationsBy([coSignatories], "广西和云南两省区轮流举办边境交易会。")).toEqual([
      "COOPERATES_WITH:Province:广西壮族自治区->Province:云南省",
    ]);
  });

  it("lists the company a foreign country opens as the party, not the country", () => {
    expect(relationsBy([coSignatories], "近日，宁波市与挪威奥克兰德集团签署战略合作协议。")).toEqual([
      "COOPERATES_WITH:City:宁波->Organization:奥克兰德集团",
    ]);
  });

  it("reads officers written after their bodies as signing for them (A部部长某某与B部部长某某签署《…》)", () => {
    expect(
      relationsBy(
        [coSignatories],
        "交通运输部部长李小鹏与泰国交通部部长萨萨亚姆在曼谷签署了《两国交通合作谅解备忘录》。",
      ),
    ).toEqual(["COOPERATES_WITH:Organization:交通运输部->Organization:泰国交通部"]);
    expect(
      relationsBy(
        [coSignatories],
        "国家开发银行行长郑之杰和亚洲开发银行行长浅川雅嗣今天签署了《联合融资框架协议》。",
      ),
    ).toEqual(["COOPERATES_WITH:Organization:国家开发银行->Organization:亚洲开发银行"]);
    // signing apart, or an officer reporting another body's act, gives nothing
    expect(
      relationsBy(
        [coSignatories],
        "交通运输部部长李小鹏与泰国交通部部长萨萨亚姆分别签署了《合作谅解备忘录》。",
      ),
    ).toEqual([]);
    expect(relationsBy([coSignatories], "交通运输部部长李小鹏表示泰国交通部将签署合作协议。")).toEqual([]);
  });

  it("reads a document named before 由 and signed by the list's officers (备忘录由A主席某某及B局长某某共同签署)", () => {
    expect(
      relationsBy([coSignatories], "备忘录由香港贸易发展局主席林建岳及新加坡企业发展局局长陈佳福共同签署。"),
    ).toEqual(["COOPERATES_WITH:Organization:香港贸易发展局->Organization:新加坡企业发展局"]);
  });

  it("reads a joint act carried into the next clause (A与B举行会谈，共同宣布…), not attendance or a 、 list", () => {
    expect(
      relationsBy(
        [coSignatories],
        "商务部部长王文涛与新西兰贸易部部长奥康纳举行视频会谈，共同宣布完成升级谈判。",
      ),
    ).toEqual(["COOPERATES_WITH:Organization:商务部->Organization:新西兰贸易部"]);
    expect(
      relationsBy([coSignatories], "香港贸易发展局和新加坡企业发展局举行视频会议，共同宣布成立联合工作组。"),
    ).toEqual(["COOPERATES_WITH:Organization:香港贸易发展局->Organization:新加坡企业发展局"]);
    expect(
      relationsBy([coSignatories], "商务部部长王文涛与新西兰贸易部部长奥康纳举行视频会谈，共同出席仪式。"),
    ).toEqual([]);
    expect(
      relationsBy([coSignatories], "香港贸易发展局、新加坡企业发展局举行视频会议，共同宣布成立联合工作组。"),
    ).toEqual([]);
  });

  it("gives nothing when the sides only witness, attend, meet, wish or have not yet signed (mend24c)", () => {
    const none = [
      "工业和信息化部与韩国产业通商资源部尚未签署《产业合作备忘录》。",
      "工业和信息化部与韩国产业通商资源部出席签署了《产业合作备忘录》仪式。",
      "工业和信息化部与韩国产业通商资源部见证两地企业签署了《投资意向书》。",
      "工业和信息化部与韩国产业通商资源部拟于下月签署《产业合作备忘录》。",
      "工业和信息化部部长金壮龙与韩国产业通商资源部部长李昌洋在首尔见证了企业签署合作协议。",
      "工业和信息化部部长金壮龙与韩国产业通商资源部部长李昌洋会见时希望尽快签署合作协议。",
    ];
    for (const text of none) expect(relationsBy([coSignatories], text), text).toEqual([]);
    // (signing itself still counts)
    expect(
      relationsBy([coSignatories], "工业和信息化部与韩国产业通商资源部签署了《产业合作备忘录》。"),
    ).toEqual(["COOPERATES_WITH:Organization:工业和信息化部->Organization:韩国产业通商资源部"]);
  });

  it("gives nothing for a document not yet signed by the list (该备忘录尚未由A和B共同签署) (mend24c)", () => {
    expect(relationsBy([coSignatories], "该备忘录尚未由香港贸易发展局和新加坡企业发展局共同签署。")).toEqual(
      [],
    );
  });

  it("carries no joint act from a list that only modifies a noun (A与B的差距…，共同…) (mend24c)", () => {
    expect(
      relationsBy(
        [coSignatories],
        "香港贸易发展局和新加坡企业发展局的分歧逐步缩小，共同宣布成立联合工作组。",
      ),
    ).toEqual([]);
  });

  it("reads no officer out of a speaker's title and verb (A负责人透露与B签署…) (mend24c)", () => {
    expect(
      relationsBy([coSignatories], "香港贸易发展局负责人透露与新加坡企业发展局签署了合作协议。"),
    ).toEqual([]);
  });

  it("reads an officer with a transliterated name joined by · (mend24c)", () => {
    expect(
      relationsBy(
        [coSignatories],
        "香港贸易发展局主席林建岳与新加坡企业发展局局长阿卜杜勒·拉赫曼签署了合作协议。",
      ),
    ).toEqual(["COOPERATES_WITH:Organization:香港贸易发展局->Organization:新加坡企业发展局"]);
  });

  it("reads 部长 cut after a ministry's name and a country opening the next body (mend24h)", () => {
    // (a foreign ministry's name ends before the 长 of 部长: the officer still signs for it)
    expect(
      relationsBy([coSignatories], "海关总署局长某某与智利外交部长某某在圣地亚哥签署了合作协议。"),
    ).toEqual(["COOPERATES_WITH:Organization:海关总署->Organization:智利外交部"]);
    // (中国 right before a body in an officer's list opens that body: it is no side of its own)
    expect(
      relationsBy([coSignatories], "秘鲁外交部部长某某和中国海关总署局长某某在利马签署了合作协议。"),
    ).toEqual(["COOPERATES_WITH:Organization:秘鲁外交部->Organization:海关总署"]);
  });
});
