import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  alternatives,
  COMPOUND_LEAD_CHARS,
  charClass,
  coreAlt,
  entityAlt,
  GENERIC_AGREEMENT_TITLE,
  GENERIC_MORPHEMES,
  INDUSTRY_CUE,
  LEXICON_DIR,
  listWords,
  NAME_FUNCTION_CHARS,
  NAME_OPENER_CHARS,
  readLexicon,
  relationAlt,
  SECTOR_SUFFIX_NOT_AFTER,
  STRONG_STOPS,
  trigger,
  triggerWords,
} from "../../../../server/extract/lexicon";

describe("lexicon (data/lexicon)", () => {
  it("gives every group of relation-words.json a description naming rule files that exist, and words", () => {
    expectGroupsRead("relation-words.json", "relations", 20);
  });

  it("gives every group of entity-words.json a description naming entity rule files that exist, and words", () => {
    expectGroupsRead("entity-words.json", "entities", 10);
  });

  it("gives every group of core-words.json a description naming core files that exist, and words", () => {
    expectGroupsRead("core-words.json", "extract", 20);
  });

  it("holds the word lists of claims.ts, discourse.ts and tables.ts in their order", () => {
    expect(coreAlt("claimZoneKinds")).toBe("沿海|内陆|沿边");
    // the units are tried in their order: 元人民币 before 元
    expect(new RegExp(`^(${coreAlt("claimUnits")})`).exec("元人民币")?.[0]).toBe("元人民币");
    // a growth verb is a regex fragment: 增幅 and 增幅达 both state a rate
    expect(new RegExp(`^(?:${coreAlt("claimGrowthVerbs")})$`).test("增幅达")).toBe(true);
    expect(coreAlt("discourseAnaphorDemonstratives")).toBe("该|本");
    expect(new RegExp(`(${coreAlt("discourseObjectMarks")})$`).test("某地经由")).toBe(true);
    expect(new RegExp(`^(?:${coreAlt("discourseAliasOpeners")})$`).test("以下简称为")).toBe(true);
    expect(coreAlt("tableSourceLines")).toBe("数据来源|资料来源");
    expect(() => coreAlt("noSuchList")).toThrow(/no word list/);
  });

  it("holds the word lists of abbreviations.ts and shipping-lines.ts in their order", () => {
    expect(entityAlt("abbrPairCountryAfter")).toBe("的|两国|等国");
    // the counted nouns are tried in their order: 省市 before 省
    expect(new RegExp(`^(${entityAlt("abbrCountedNouns")})`).exec("省市")?.[0]).toBe("省市");
    expect(new RegExp(`(${entityAlt("abbrPartnerWords")})$`).test("东连")).toBe(true);
    expect(entityAlt("shipTradeWords")).toBe("航运|海运|船务");
    expect(new RegExp(`^(${entityAlt("shipCompanyForms")})`).exec("集团有限公司")?.[0]).toBe("集团有限公司");
    expect(() => entityAlt("noSuchList")).toThrow(/no word list/);
  });

  it("holds the word lists of public-bodies.ts, route-chains.ts and category-zones.ts in their order", () => {
    expect(entityAlt("bodyPlaceBreaks")).toBe("的|和|与");
    expect(new RegExp(entityAlt("bodyGovernmentHeads")).exec("某市发展和改革委员会")?.[0]).toBe(
      "发展和改革委员会",
    );
    expect(entityAlt("routeCargoTrains")).toBe("班列|专列");
    // the kinds are tried in their order: 经济走廊 before 走廊
    expect(new RegExp(`(${entityAlt("routeCorridorKinds")})`).exec("某某经济走廊")?.[0]).toBe("经济走廊");
    // an ordinal is a regex fragment: 第十二个 is one
    expect(new RegExp(`^(?:${entityAlt("categoryOrdinals")})$`).test("第十二个")).toBe(true);
    expect(new RegExp(`^(?:${entityAlt("categoryClassifyingCopulas")})$`).test("成为了")).toBe(true);
  });

  it("holds the word lists of batch-zones.ts and zone-alliances.ts in their order", () => {
    expect(entityAlt("batchListLeads")).toBe("在|包括");
    // the verbs are tried in their order: 设立 before 设
    expect(new RegExp(`^(${entityAlt("batchSetUpVerbs")})`).exec("设立了")?.[0]).toBe("设立");
    expect(entityAlt("allianceZoneHeads")).toBe("联盟|联席会议");
    // a modal is a regex fragment: 可 and 可以 both open a question of founding
    expect(new RegExp(`^(?:${entityAlt("allianceAskedModals")})$`).test("可以")).toBe(true);
    expect(new RegExp(`^(?:${entityAlt("allianceAskedModals")})$`).test("可")).toBe(true);
  });

  it("holds the word lists of customs-and-companies.ts and section-ends.ts in their order", () => {
    expect(entityAlt("companyHeads")).toBe("有限公司|公司|集团");
    expect(new RegExp(`(${entityAlt("companyClassHeads")})$`).test("物流龙头")).toBe(true);
    // the kinds are tried in their order, and 高速 before 公路 is left to 高速公路
    expect(new RegExp(`^(${entityAlt("sectionLineKinds")})`).exec("高速公路")?.[0]).toBe("高速公路");
    expect(new RegExp(entityAlt("sectionNotEndWords")).test("正在施工")).toBe(true);
  });

  it("holds the word lists of region-bodies.ts in their order", () => {
    expect(entityAlt("regionWords")).toBe("自治区|省|市");
    // 委 is a head only when no 员会 follows (市委, not the 委 of 市委员会)
    const head = new RegExp(`^(?:${entityAlt("regionBodyHeads")})`);
    expect(head.exec("委员会")?.[0]).toBeUndefined();
    expect(head.exec("发展改革委")?.[0]).toBe("发展改革委");
  });

  it("holds the word lists of airports.ts and quoted-services.ts in their order", () => {
    expect(entityAlt("serviceEnds")).toBe("快铁|班列|专列|铁海联运");
    // the heads are tried in their order: 国际机场 before 机场, 铁海联运班列 before 铁海联运
    expect(new RegExp(`(${entityAlt("airportHeads")})`).exec("某某国际机场")?.[0]).toBe("国际机场");
    expect(new RegExp(`^(${entityAlt("quotedServiceTrains")})`).exec("铁海联运班列")?.[0]).toBe(
      "铁海联运班列",
    );
    expect(new RegExp(`^(${entityAlt("airportArrivalVerbs")})$`).test("经停")).toBe(true);
  });

  it("holds the word lists of port-lists.ts, listed-counties.ts and areas.ts in their order", () => {
    expect(entityAlt("portHeadKinds")).toBe("铁路|公路|航空");
    expect(entityAlt("portCrossingVerbs")).toBe("出境|入境|进出境|出入境");
    // a verb is a regex fragment: 打通 and 打通至 both open a list
    expect(new RegExp(`^(?:${entityAlt("portListVerbs")})$`).test("打通至")).toBe(true);
    expect(entityAlt("countyItemEnds")).toBe("、|和|及|与|等|作为");
    expect(new RegExp(`(${entityAlt("countyNotPlaceEnds")})$`).test("超")).toBe(true);
    // the zone's words are tried in their order: 自贸试验 before 自贸
    expect(new RegExp(`(${entityAlt("areaZoneWords")})片区`).exec("某地自贸试验片区")?.[1]).toBe("自贸试验");
    expect(new RegExp(entityAlt("areaNotBaseWords")).test("纳入")).toBe(true);
  });

  it("holds the word lists of zone-short-forms.ts, inland-ports.ts, foreign-free-zones.ts and prefecture-cities.ts in their order", () => {
    expect(entityAlt("zoneKeywords")).toBe("自由贸易试验区|自贸试验区|自贸区|FTZ");
    expect(entityAlt("zoneListKinds")).toBe("沿海|内陆|沿边");
    // 国际港 before another word's characters is no head (国际港务区), 国际陆港 is one
    const head = new RegExp(`^(?:${entityAlt("inlandPortHeads")})`);
    expect(head.exec("国际港务区")).toBeNull();
    expect(head.exec("国际公铁物流港")?.[0]).toBe("国际公铁物流港");
    expect(entityAlt("foreignZoneHeads")).toBe("自由贸易区|自由区|自由港");
    expect(entityAlt("prefectureSuffixes")).toBe("地区|州|盟");
  });

  it("joins a relation word list in its order and refuses an unknown list", () => {
    expect(relationAlt("listJoins")).toBe("、|和|与|及|以及");
    expect(new RegExp(`^(${relationAlt("visitVerbs")})`).exec("到访越南")?.[0]).toBe("到访");
    expect(() => relationAlt("noSuchList")).toThrow(/no word list/);
  });

  it("holds the word lists of cooperation.ts and context.ts in their order", () => {
    expect(relationAlt("coopChinaDealings")).toBe("合作|经贸|经济关系");
    expect(new RegExp(`^(${relationAlt("coopTowardVerbs")})`).exec("拓展市场")?.[0]).toBe("拓展");
    expect(relationAlt("contextLeadTimes")).toBe("目前|当前|近年来|近年");
    expect(new RegExp(`^(${relationAlt("contextMeansVerbs")})`).exec("依托口岸")?.[0]).toBe("依托");
  });

  it("holds the word lists of on-corridor.ts and ranked-in-place.ts in their order", () => {
    expect(relationAlt("corridorBackgroundNouns")).toBe("基础上|背景下|大背景下|形势下|框架下");
    expect(relationAlt("rankPortHeads")).toBe("口岸|港口|港|机场");
    // the heads are tried in their order: 综合保税区 before 保税区, 港口 before 港
    expect(new RegExp(`(${relationAlt("rankHeads")})`).exec("首个港口")?.[0]).toBe("港口");
  });

  it("holds the word lists of trade-toward.ts and corridor-subject.ts in their order", () => {
    expect(relationAlt("tradeBetweenTimes")).toBe("今年|去年|全年|上半年");
    expect(relationAlt("topicFrameEnds")).toBe("而言|来说|来讲");
    // 对 before these characters is a verb or an adverb (对接, 对外), not the preposition
    expect(new RegExp(`^对(?!${relationAlt("purposeNotPreposition")})`).test("对外开放")).toBe(false);
  });

  it("holds the word lists of trade-flow.ts and located-at.ts in their order", () => {
    expect(relationAlt("flowChannelVerbs")).toBe("经由?|通过|途经|取道");
    expect(new RegExp(`(${relationAlt("flowTransitVerbs")})$`).test("货物经停")).toBe(true);
    expect(relationAlt("locatedBetweenWords")).toBe("之间|中间|之外|以外");
    expect(relationAlt("locatedLeadAdverbs")).toBe("将|也|则|就|正|均|都");
  });

  it("holds the word lists of has-platform.ts, partner-lists.ts and composed-of.ts in their order", () => {
    expect(relationAlt("platformAfterWords")).toBe("平台|载体|建设|设立|获批|建立");
    expect(new RegExp(`(${relationAlt("partnerHasVerbs")})$`).test("目前已有")).toBe(true);
    expect(new RegExp(`^(${relationAlt("partnerListLeads")})$`).test("已经")).toBe(true);
    expect(relationAlt("composedLeadAdverbs")).toBe("则|最初|最早|起初|原本|原先|当初");
  });

  it("holds the word lists of role-sectors.ts, party-bodies.ts, agreement-bodies.ts and four more in their order", () => {
    expect(new RegExp(`^(${entityAlt("roleLeadModifiers")})+`).exec("国际性重要物流")?.[0]).toBe(
      "国际性重要",
    );
    expect(entityAlt("roleHubNouns")).toBe("中心|枢纽|基地|高地");
    expect(new RegExp(`(${entityAlt("roleSectorHeads")})$`).test("某某数字经济")).toBe(true);
    // 合作伙伴 comes after 伙伴 but the class noun must fill the whole word
    expect(new RegExp(`^(${entityAlt("legalClassNouns")})$`).test("合作伙伴")).toBe(true);
    // 自治州 is tried before 州
    expect(new RegExp(`^(${entityAlt("partyBodySuffixes")})`).exec("自治州委")?.[0]).toBe("自治州");
    expect(entityAlt("partyCongressHeads")).toBe("人民代表大会常务委员会|人民代表大会|人民政府|政协");
    expect(new RegExp(`(${entityAlt("officeHostingLeads")})办`).test("某局联合举办")).toBe(true);
    expect(entityAlt("brandHeadsAfter").split("|")).toContain("研究院");
    expect(entityAlt("agreementBodyHeads")).toBe("联合委员会|委员会|秘书处|理事会");
    expect(new RegExp(`^(${entityAlt("corridorKinds")})`).exec("公路班车")?.[0]).toBe("公路班车");
    expect(new RegExp(`^(?:${entityAlt("corridorModes")})`).exec("铁路货运班列")?.[0]).toBe("铁路货运");
  });

  it("holds the word lists of industry-items.ts in their order", () => {
    expect(new RegExp(`(${entityAlt("itemSectorEnds")})$`).test("航空维修制造")).toBe(true);
    expect(new RegExp(`^(${entityAlt("itemGenericLeads")})`).exec("高科技电子信息")?.[0]).toBe("高科技");
    expect(entityAlt("itemListClasses")).toBe("领域|产业|行业|业态|赛道");
    expect(new RegExp(`为(${entityAlt("itemFramedFocusWords")})$`).test("以某某为主攻方向")).toBe(true);
    expect(entityAlt("itemStrongCues")).toBe("重点发展|优先发展");
    // the cues are tried in their order: 特别是 before 包括
    expect(new RegExp(`(${entityAlt("itemListCues")})`).exec("特别是包括")?.[0]).toBe("特别是");
    expect(new RegExp(entityAlt("itemSentenceSectorWords")).test("某某研发重点")).toBe(true);
    const name = new RegExp(`产业(?!${entityAlt("itemIndustryNotAfter")})`);
    expect(name.test("某某产业试点园区")).toBe(false);
    expect(name.test("某某产业试点示范")).toBe(true);
  });

  it("holds the word lists of sector-context.ts in their order", () => {
    expect(entityAlt("ctxStateClassHeads")).toBe("产业|行业|业");
    expect(entityAlt("ctxStateAspects")).toBe("发展|实力|基础");
    expect(new RegExp(entityAlt("ctxRuleTalkWords")).test("某某章节")).toBe(true);
    // a goods word is a regex fragment: 多种品种 and 各类品种 both name goods
    expect(new RegExp(`^(?:${entityAlt("ctxGoodsTalkWords")})$`).test("各类品种")).toBe(true);
    expect(new RegExp(`(${entityAlt("ctxTechQualifiers")})技术领域`).test("共性技术领域")).toBe(true);
    // 大通道 is tried before 通道
    expect(new RegExp(`^(${entityAlt("ctxAssetAfter")})`).exec("大通道")?.[0]).toBe("大通道");
    expect(entityAlt("ctxCoveringSubjects")).toBe("项目|协议");
  });

  it("holds the word lists of china-pair.ts and route-partners.ts in their order", () => {
    expect(relationAlt("pairQualifiedKinds")).toBe("经贸|经济|产能|双边|务实|投资");
    // 边贸 is tried before 边境贸易 and the trade triggers
    expect(relationAlt("pairBorderTrade")).toBe("边贸|边境贸易");
    expect(new RegExp(`^(${relationAlt("pairBothSides")})`).exec("三国政府")?.[0]).toBe("三国");
    expect(new RegExp(relationAlt("pairChinaSide")).test("某国对华出口")).toBe(true);
    expect(new RegExp(`^(${relationAlt("routeOpenAspects")})$`).test("运营了")).toBe(true);
    expect(relationAlt("routeFirstRunVerbs")).toBe("首发|首航|开航");
    // the separators are tried in their order: 以及 before 及
    expect(new RegExp(`^(${relationAlt("routePlaceSeparators")})`).exec("以及某地")?.[0]).toBe("以及");
    expect(relationAlt("placedCapitalTitles")).toBe("首都|首府");
    expect(relationAlt("routeCruiseNouns")).toBe("邮轮");
    expect(new RegExp(`^(${relationAlt("routeSubjectGapWords")})*$`).test("已于今年正式")).toBe(true);
  });

  it("holds the word lists of in-force-for.ts, agreement-members.ts and composed-of.ts in their order", () => {
    expect(relationAlt("inForceVerbs")).toBe("生效|实施");
    // 成员国? is a regex fragment: 成员 and 成员国 both close a count
    expect(new RegExp(`^(?:${relationAlt("inForceCountNouns")})$`).test("成员")).toBe(true);
    expect(new RegExp(`^(?:${relationAlt("inForceAdverbs")})*$`).test("已经全面")).toBe(true);
    // the example words are tried in their order: 例如 before 如
    expect(new RegExp(`^(${relationAlt("membersExampleWords")})`).exec("例如")?.[0]).toBe("例如");
    expect(new RegExp(`(${relationAlt("membersAnaphors")})$`).exec("该协定")?.[0]).toBe("该协定");
    expect(relationAlt("composedJoins")).toBe("以及|[、和与及]");
    expect(relationAlt("composedEtcCountNouns")).toBe("国|国家|成员国|经济体");
  });

  it("holds the word lists of corridor-countries.ts, carried-goods.ts and ranked-in-place.ts in their order", () => {
    expect(relationAlt("corridorCountryNouns")).toBe("国家|各国");
    // the exclusions after the country noun are triggers.json corridorOutside, one list with corridor-role-copula.ts
    // (mend25k): only 级 (国家级) is corridor-countries.ts's own
    expect(relationAlt("corridorNotAfterCountries")).toBe("级");
    expect(triggerWords("corridorOutside")).toEqual(["以外", "之外", "外的", "除外"]);
    // the origin closers are tried in their order: 的 before 生产的
    expect(new RegExp(`^(${relationAlt("cargoOriginCloses")})`).exec("生产的")?.[0]).toBe("生产的");
    expect(new RegExp(`^(${relationAlt("cargoGoodsLeads")})+`).exec("主要是来自")?.[0]).toBe("主要是来自");
    // the joins are tried in their order: 以及 after 及 never wins at its start, 等地 closes
    expect(new RegExp(`^(${relationAlt("rankMorePlaces")})`).exec("等地")?.[0]).toBe("等地");
    expect(relationAlt("rankFirstWords")).toBe("首个|首家|第一个|唯一|最大");
  });

  it("holds the word lists of people-of.ts, goods-words.ts and admin-belonging.ts in their order", () => {
    expect(relationAlt("peopleOfCountryNouns")).toBe("国家|各国");
    expect(new RegExp(`^(?:${relationAlt("peopleFieldNowAfter")})$`).test("取得")).toBe(true);
    // 经由? is a regex fragment: 经 and 经由 both open a way
    expect(new RegExp(`^(?:${relationAlt("goodsViaWords")})$`).test("经")).toBe(true);
    expect(new RegExp(`^(?:${relationAlt("goodsViaWords")})$`).test("经由")).toBe(true);
    expect(relationAlt("goodsOriginBlocNouns")).toBe("国家|地区|国");
    expect(relationAlt("adminBelongCloseVerbs")).toBe("管辖|管理|代管");
    // 后(?![续期]) is a regex fragment: 代管后 closes, 后续 does not
    const after = new RegExp(`^(?:${relationAlt("adminEntrustedAfterWords")})`);
    expect(after.test("后，")).toBe(true);
    expect(after.test("后续")).toBe(false);
  });

  it("holds the word lists of bracketed-roads.ts, management-committees.ts and abbreviations.ts in their order", () => {
    // the road kinds are tried in their order: 高速公路 before 高速
    expect(new RegExp(`(${entityAlt("bracketRoadKinds")})`).exec("某某高速公路")?.[0]).toBe("高速公路");
    expect(entityAlt("bracketStopSeparators")).toBe("至|连接|到|经");
    // 局 after 布/格/大… is no department (the look-behind is a regex fragment)
    const department = new RegExp(`(?:${entityAlt("committeeDepartmentHeads")})$`);
    expect(department.test("商务局")).toBe(true);
    expect(department.test("布局")).toBe(false);
    // a port area is a port's zone, a bonded port area is not
    const zone = new RegExp(`^(?:${entityAlt("committeePortZones")})$`);
    expect(zone.test("某港区")).toBe(true);
    expect(zone.test("保税港区")).toBe(false);
    // the classifiers are tried in their order: 省市 before 省
    expect(new RegExp(`^(${entityAlt("abbrListCountedNouns")})`).exec("省市")?.[0]).toBe("省市");
    expect(entityAlt("abbrZoneCountWords")).toBe("自贸|自由贸易");
  });

  it("holds the word lists of table-cells.ts and table-rows.ts in their order", () => {
    // the role heads are tried in their order: 试验示范窗口 before 窗口
    expect(new RegExp(`(${coreAlt("tableRoleHeads")})$`).exec("某某试验示范窗口")?.[0]).toBe("试验示范窗口");
    expect(coreAlt("tableRoleModifiers")).toBe("重要|国际性|区域性");
    expect(new RegExp(`^(${coreAlt("tableNotSectorVerbs")})`).test("打造某某")).toBe(true);
    expect(coreAlt("tableNotSectorQualified")).toBe("技术|科技|经济");
    expect(coreAlt("tableRowZoneLabels")).toBe("自由贸易试验区|自贸试验区");
    expect(coreAlt("tableRowTotalLabels")).toBe("小计|合计|总计");
  });

  it("holds the word lists of corridors-meet.ts, dash-lines.ts, applies-for.ts and has-platform.ts in their order", () => {
    // 物流大通道 is tried before 大通道 and 通道
    expect(new RegExp(`^(${relationAlt("meetGapHeads")})`).exec("物流大通道")?.[0]).toBe("物流大通道");
    expect(new RegExp(`^(${relationAlt("meetLeadVerbs")})`).exec("实现了衔接")?.[0]).toBe("实现了");
    expect(new RegExp(`(${relationAlt("meetUnlistedHeads")})$`).test("某某黄金水道")).toBe(true);
    expect(relationAlt("dashLineNouns")).toBe("航线|快线|直通车|货运线");
    expect(relationAlt("dashTrainNouns")).toBe("班列|专列");
    expect(relationAlt("applyAfterVerbs")).toBe("申建|申报|申请");
    // 申请设立 comes after 申建 but before 申报; the kinds are tried longest first
    expect(relationAlt("applyZoneVerbs")).toBe("申建|申请设立|申报|申请建设|争取设立|推动设立");
    expect(relationAlt("applyZoneKinds")).toBe("自由贸易试验区|自贸试验区|自贸区");
    expect(relationAlt("applyZoneAfterVerbs")).toBe("申建|申报");
    expect(relationAlt("platformCopulaLeads")).toBe("也|还|将");
    expect(relationAlt("platformCopulas")).toBe("成为|是|作为");
    expect(relationAlt("platformCloseNouns")).toBe("平台|载体");
  });

  it("holds the word lists of port-reliance.ts, pair-anaphor.ts, origin-goods.ts and border-with.ts in their order", () => {
    expect(new RegExp(`^(${relationAlt("portRelyAdverbs")}){0,2}$`).test("还进一步")).toBe(true);
    expect(relationAlt("portRelyObjectStops").split("|")).toEqual([
      "推动",
      "发展",
      "重点",
      "打造",
      "建设",
      "形成",
      "开展",
      "实现",
      "是",
      "深度",
      "积极",
      "加快",
      "联动发展",
    ]);
    expect(relationAlt("pairWords")).toBe("两国|双方");
    // 近年来 is tried before 近年
    expect(relationAlt("pairLeadTimes")).toBe("目前|当前|如今|近年来|近年");
    expect(relationAlt("pairLeadAdverbials")).toBe("另外|未来|今后|此后|随后|此前|据悉|据了解|随着|而|且");
    expect(relationAlt("originEntryPlaceNouns")).toBe("市场|境内|国内");
    // 时候 is tried before 时, 之前 and 以前 before 前
    expect(relationAlt("originNotStatedWords")).toBe("时候|时|之时|之前|以前|前|受阻|遇阻|被拒");
    expect(relationAlt("borderUnitOwnWords")).toBe("境内|下辖|所辖");
  });

  it("holds the word lists of channel-subject.ts and place-service.ts in their order", () => {
    expect(relationAlt("channelJoints")).toBe("和|及|以及|、");
    expect(relationAlt("channelPartnerKinds")).toBe("国家|地区");
    expect(relationAlt("serviceAskWords")).toBe("是否|是不是|难道");
    // 个?月 is a regex fragment: 三个月 and 三月 both count months
    expect(new RegExp(`^三(${relationAlt("serviceRunPeriods")})$`).test("三个月")).toBe(true);
    expect(relationAlt("serviceRunPending")).toBe("尚|暂");
  });

  it("holds the word lists of routes.ts in their order", () => {
    expect(relationAlt("routeRailwayLineHeads")).toBe("铁路|高铁");
    expect(relationAlt("routeTimeClauseEnds")).toBe("后|以来|期间|之际");
    // only the last noun is anchored at the end: 丝绸之路$ (the code keeps this reading)
    expect(new RegExp(`${relationAlt("routeLineNouns")}$`).test("某某公路沿线")).toBe(true);
    // 终点 is tried before 终点站, which the span after it then takes in
    expect(relationAlt("routeEndWords")).toBe("起点|终点|终点站|始发站|起始站");
    expect(relationAlt("routeEndCopulas")).toBe("为|是|在");
    expect(
      new RegExp(`(${relationAlt("routeExtentVerbs")})(${relationAlt("routeExtentMarks")})$`).test(
        "向西延伸至",
      ),
    ).toBe(true);
    expect(relationAlt("routeOriginFrameEnds")).toBe("起点|始发|起始|出发|集结|枢纽|目的地|终点|终到");
    expect(relationAlt("routeHeadingVerbs")).toBe("进发|驶去|驶离|开去");
    expect(relationAlt("routeOtherTrainNouns")).toBe("班列|专列|列车|航线|快线|班车");
    expect(relationAlt("routeSameDayLeads")).toBe("同日|当日|当天|随后|此后|其后|次日");
    expect(relationAlt("routeBareTrainNouns")).toBe("班列|列车|专列");
    expect(relationAlt("routeAnaphorLeads")).toBe("据悉|据了解|据介绍");
    expect(relationAlt("routeAnaphorDemonstratives")).toBe("该|这|此|本");
    expect(relationAlt("routeAnaphorCounters")).toBe("条|趟|列|次");
    expect(relationAlt("routeAnaphorNouns")).toBe("班列|航线|线路|专列|列车");
    expect(relationAlt("routeAnaphorCargoLeads")).toBe("所载|搭载的|这批|该批");
    expect(relationAlt("routePortEllipsisCounters")).toBe("大|个|座");
    expect(relationAlt("routePortEllipsisKinds")).toBe("陆路|铁路|公路|边境|国家级");
    expect(relationAlt("routePortEllipsisHeads")).toBe("口岸|港口");
    // 国 is tried before 国家 (the lookahead after it then fails and 国家 is tried)
    expect(relationAlt("routeListClassNouns")).toBe("地|国|国家|城市|省份|省区|省市|地区|港口|口岸");
    // two items are regex fragments: a class of separators, and 间 with an optional 之
    expect(new RegExp(`^(?:${relationAlt("routeListAfterClass")})$`).test("之间")).toBe(true);
    expect(new RegExp(`^(?:${relationAlt("routeListAfterClass")})$`).test("至")).toBe(true);
  });

  it("holds the station, date and carrier word lists of routes.ts in their order", () => {
    // 站 is tried before 车站 and 火车站, the gap after it then takes the rest in
    expect(relationAlt("routeHaltStationWords")).toBe("站|车站|火车站|口岸|港");
    expect(relationAlt("routeCrossingStationWords")).toBe("站|车站|口岸");
    expect(relationAlt("routeCrossingAfter")).toBe("后|时");
    expect(new RegExp(`^[0-9]+(${relationAlt("routeDateUnits")})$`).test("12号")).toBe(true);
    expect(new RegExp(`^一(${relationAlt("routeVesselCounters")})`).test("一艘邮轮")).toBe(true);
    expect(relationAlt("routeRiderNotTrains")).toBe("列车|班列|专列");
    expect(relationAlt("routeComparedWith")).toBe("与|和|同|跟");
  });

  it("reads every lexicon file as JSON with a description", () => {
    const files = readdirSync(LEXICON_DIR).filter((f) => f.endsWith(".json"));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const f of files) {
      const data = JSON.parse(readFileSync(`${LEXICON_DIR}/${f}`, "utf8")) as { description?: unknown };
      expect(typeof data.description, f).toBe("string");
    }
  });

  it("joins alternatives in order, so the first one matching at a position wins", () => {
    expect(alternatives(["发展", "发展中心"]).exec("建设发展中心")?.[0]).toBe("发展");
    expect(alternatives(["发展中心", "发展"]).exec("建设发展中心")?.[0]).toBe("发展中心");
    // 以 is a cue, 以及 inside a clause is not; 以及 opening the clause carries a list on (industry.json ^以及)
    expect([..."并以及聚焦".matchAll(INDUSTRY_CUE)].map((m) => m[0])).toEqual(["聚焦"]);
    expect([..."以及聚焦".matchAll(INDUSTRY_CUE)].map((m) => m[0])).toEqual(["以及", "聚焦"]);
  });

  it("exposes name boundaries, generic morphemes and triggers", () => {
    expect(STRONG_STOPS).toContain("依托");
    expect(GENERIC_MORPHEMES.test("边境")).toBe(true);
    expect(GENERIC_MORPHEMES.test("霍尔果斯")).toBe(false);
    expect(trigger("border").test("与越南接壤")).toBe(true);
    expect(() => trigger("nonexistent")).toThrow(/no trigger list "nonexistent"/);
  });

  it("builds a character class that takes every character literally", () => {
    const cls = charClass("a-c", "^]");
    expect(["a", "-", "c", "^", "]"].every((c) => cls.test(c))).toBe(true);
    expect(cls.test("b")).toBe(false);
  });

  it("builds the compound leads from the shared function characters and their extra members", () => {
    for (const c of NAME_FUNCTION_CHARS + NAME_OPENER_CHARS) expect(COMPOUND_LEAD_CHARS).toContain(c);
    expect(COMPOUND_LEAD_CHARS).toContain("新");
    expect(new Set(COMPOUND_LEAD_CHARS).size).toBe(COMPOUND_LEAD_CHARS.length);
  });

  it("builds the generic agreement title from agreement-titles.json kindJoiners and agreementHeads (release 28)", () => {
    const words = readLexicon<{ kindJoiners: string[]; agreementHeads: string[] }>("agreement-titles.json");
    expect(words.kindJoiners).toEqual(["和", "与", "及"]);
    expect(words.agreementHeads).toEqual(["协定", "协议"]);
    // kind words alone, joined by a joiner, closed by a head
    expect(GENERIC_AGREEMENT_TITLE.test("贸易促进及投资保护协议")).toBe(true);
    expect(GENERIC_AGREEMENT_TITLE.test("区域全面经济伙伴关系协定")).toBe(true);
    // a bare head, a head after a word that is no kind word, two heads joined, a joiner left dangling
    expect(GENERIC_AGREEMENT_TITLE.test("协定")).toBe(false);
    expect(GENERIC_AGREEMENT_TITLE.test("渔业协议")).toBe(false);
    expect(GENERIC_AGREEMENT_TITLE.test("贸易协定和投资协议")).toBe(false);
    expect(GENERIC_AGREEMENT_TITLE.test("投资和协定")).toBe(false);
  });

  it("shares sector-frames.json suffixNotAfter as the guard after a bare 业 of someone's trade (release 28)", () => {
    expect(SECTOR_SUFFIX_NOT_AFTER).toBe(
      readLexicon<{ suffixNotAfter: string[] }>("sector-frames.json").suffixNotAfter.join(""),
    );
    // the bare class noun keeps its lookbehind in industry.json; the lookahead is no longer copied there
    expect(listWords("industry.json", "tradeClasses")).toEqual(["行业"]);
    expect(listWords("industry.json", "tradeBareClasses")).toEqual(["(?<![企就从创商])业"]);
  });

  it("holds the word lists of ports.ts, unseen-names.ts and china-pair.ts once in their regexes (release 28)", () => {
    // ports.ts: a coordinated or counted base, a place's suffix, a date's unit, a route's end
    expect(entityAlt("portBaseListEnds")).toBe("等");
    expect(entityAlt("portBaseCountMeasures")).toBe("大|个|座");
    expect(entityAlt("portLeadSuffixes")).toBe("县|旗|区|市");
    expect(entityAlt("portDateUnits")).toBe("年|月|日");
    expect(entityAlt("portRouteEnds")).toBe("到|至");
    expect(entityAlt("portVerbPlaceSuffixes")).toBe("市|县");
    for (const name of ["portBaseCounts", "portAnchorStops", "unseenGluedWords", "unseenBrandStops"])
      for (const w of listWords("entity-words.json", name)) expect(w, name).toHaveLength(1);
    // unseen-names.ts: company and school heads, directions of trains
    expect(entityAlt("unseenCompanyHeads")).toBe("集团|公司");
    expect(entityAlt("unseenSchoolHeads")).toBe("大学|学院");
    expect(entityAlt("unseenTrainDirections")).toBe("测试|线路|方向");
    // china-pair.ts: the head of qualified cooperation, a state's body
    expect(relationAlt("pairCooperationHeads")).toBe("合作");
    expect(relationAlt("pairStateBodyHeads")).toBe("政府");
  });

  it("holds the list joins and counted class nouns of industry-items.ts, 以及 first (release 28)", () => {
    expect(entityAlt("itemListJoins")).toBe("以及|、|和|及|与");
    // 以及 is tried before 及, so a split keeps it whole
    expect("甲以及乙".split(new RegExp(`(${entityAlt("itemListJoins")})`))).toEqual(["甲", "以及", "乙"]);
    expect(entityAlt("itemCountedClasses")).toBe("产业|行业");
  });
});

/**
 * Every group of a rule word-list file (`{description, words}`) names the rule files of `folder` (extract: the core
 * files of server/extract) that read it (each
 * holds the key), has words that compile as regexes, and is what `listWords` gives.
 */
function expectGroupsRead(
  fileName: string,
  folder: "relations" | "entities" | "extract",
  atLeast: number,
): void {
  const file = JSON.parse(readFileSync(`${LEXICON_DIR}/${fileName}`, "utf8")) as Record<
    string,
    { description: string; words: string[] } | string
  >;
  const groups = Object.entries(file).filter(([k]) => k !== "description");
  expect(groups.length).toBeGreaterThanOrEqual(atLeast);
  for (const [name, group] of groups) {
    if (typeof group === "string") throw new Error(`${name} is no group`);
    const readers = [...group.description.matchAll(new RegExp(`${folder}/([a-z-]+)\\.ts`, "g"))].map(
      (m) => m[1],
    );
    expect(readers.length, name).toBeGreaterThan(0);
    for (const r of readers) {
      const code = readFileSync(
        new URL(
          `../../../../server/extract/${folder === "extract" ? "" : `${folder}/`}${r}.ts`,
          import.meta.url,
        ),
        "utf8",
      );
      expect(code, `${name} read by ${r}.ts`).toContain(`"${name}"`);
    }
    expect(group.words.length, name).toBeGreaterThan(0);
    for (const w of group.words) expect(() => new RegExp(w), `${name}: ${w}`).not.toThrow();
    expect(listWords(fileName, name)).toEqual(group.words);
  }
}
