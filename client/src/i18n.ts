/** Bilingual UI strings (中文 / English) and entity display names. */
import { englishFor, hasHan } from "./model/english";
export type Lang = "zh" | "en";

const STRINGS = {
  appTitle: ["自贸区知识图谱", "zonegraph — Free Trade Zones"],
  searchPlaceholder: [
    "搜索实体（中文、英文、别名、拼音）… /",
    "Search entities (Chinese, English, alias, pinyin)… /",
  ],
  noResults: ["无结果", "No results"],
  didYouMean: ["您是不是要找：{s}？", "Did you mean: {s}?"],
  fuzzyHits: ["相近的结果", "Close matches"],
  phraseBadge: ["问句", "Phrase"],
  phraseAnyEntity: ["实体", "entity"],
  phraseChoose: ["为“{phrase}”选择{type}（Esc 取消）", "Choose the {type} of “{phrase}” (Esc cancels)"],
  phraseNoEntity: ["没有名为“{q}”的{type}", "No {type} named “{q}”"],
  phraseWrongType: ["“{name}”是{got}，此处需要{type}", "“{name}” is a {got}; this phrase needs a {type}"],
  phraseNoRows: ["{phrase}：无结果", "{phrase}: no results"],
  phraseResult: ["{phrase}：{rows} 行 · {nodes} 个节点", "{phrase}: {rows} rows · {nodes} nodes"],
  expand: ["展开", "Expand"],
  collapse: ["收起", "Collapse"],
  hide: ["移除", "Remove"],
  pin: ["固定", "Pin"],
  unpin: ["取消固定", "Unpin"],
  undo: ["撤销", "Undo"],
  redo: ["重做", "Redo"],
  fit: ["适应视图", "Fit view"],
  layout: ["布局", "Layout"],
  stopLayout: ["停止布局", "Stop layout"],
  clear: ["清空", "Clear"],
  overview: ["总览", "Overview"],
  map: ["地图", "Map"],
  mapUnplaced: ["无坐标，未在地图上", "No coordinates, not on the map"],
  mapCredit: ["边界：amCharts 5 geodata（随应用打包）", "Boundaries: amCharts 5 geodata (bundled)"],
  language: ["English", "中文"],
  legend: ["图例与类型筛选", "Legend & type filter"],
  legendHint: ["点击类型以显示/隐藏", "Click a type to show/hide it"],
  relTypes: ["关系类型", "Relationship types"],
  inspector: ["详情", "Details"],
  inspectorEmpty: [
    "选择一个节点或关系以查看详情与来源句子。",
    "Select a node or an edge to see its details and source sentences.",
  ],
  names: ["名称", "Names"],
  aliases: ["别名", "Aliases"],
  properties: ["属性", "Properties"],
  relationships: ["关系统计", "Relationships"],
  claims: ["带日期的陈述", "Dated claims"],
  sources: ["来源句子", "Sources"],
  evidence: ["证据", "Evidence"],
  openDocument: ["打开文档", "Open document"],
  noSources: ["没有来源句子", "No source sentences"],
  evidenceHidden: ["条标题或残句未作为证据显示", "headings or fragments not shown as evidence"],
  alsoIn: ["同句亦见于", "Same sentence also in"],
  confidence: ["置信度", "Confidence"],
  method: ["方法", "Method"],
  asOf: ["时间", "As of"],
  paths: ["路径", "Paths"],
  pathFrom: ["起点", "From"],
  pathTo: ["终点", "To"],
  findPaths: ["查找最短路径", "Find shortest paths"],
  noPaths: ["未找到路径", "No path found"],
  corridors: ["经济走廊", "Corridors"],
  chooseCorridor: ["选择走廊…", "Choose a corridor…"],
  corridorIntro: [
    "点击一条走廊：列出位于其上的自贸区，以及说明这一点的原文句子。",
    "Click a corridor to list the zones on it and the source sentences that say so.",
  ],
  zonesCount: ["个自贸区", "zones"],
  sentencesN: ["条原文句子", "source sentences"],
  noZonesOnCorridor: ["语料中没有自贸区与此走廊相连。", "No zone is linked to this corridor in the corpus."],
  zonesOnCorridor: ["走廊上的自贸区", "Zones on the corridor"],
  corridorZonesBusy: [
    "服务器繁忙或数据库暂时不可用，未能列出此走廊上的自贸区。",
    "The server was busy or the database unavailable: the zones on this corridor could not be listed.",
  ],
  corridorsBusy: [
    "服务器繁忙或数据库暂时不可用，未能列出走廊。",
    "The server was busy or the database unavailable: the corridors could not be listed.",
  ],
  retry: ["重试", "Retry"],
  direct: ["直接", "direct"],
  inferred: ["推断", "inferred"],
  cypher: ["Cypher 控制台", "Cypher console"],
  run: ["运行 (Ctrl+Enter)", "Run (Ctrl+Enter)"],
  params: ["参数 (JSON)", "Parameters (JSON)"],
  history: ["历史", "History"],
  namedQueries: ["预设查询", "Named queries"],
  resultViews: ["结果视图", "Result view"],
  explain: ["执行计划 (EXPLAIN)", "Plan (EXPLAIN)"],
  planOperator: ["运算符", "Operator"],
  planRows: ["估计行数", "Est. rows"],
  planDetails: ["详情", "Details"],
  planGraph: ["执行计划图", "Plan graph"],
  planCollapsed: ["已折叠 {n} 个算子", "{n} operators collapsed"],
  planZoom: ["缩放执行计划图", "Zoom the plan graph"],
  planZoomIn: ["放大 (+)", "Zoom in (+)"],
  planZoomOut: ["缩小 (−)", "Zoom out (−)"],
  planZoomReset: ["恢复 100% (0)", "Back to 100% (0)"],
  planStatus: ["执行计划：{n} 个运算符（未执行查询）", "Plan: {n} operators (the query was not run)"],
  profile: ["性能分析 (PROFILE)", "Profile (PROFILE)"],
  profileEstimated: ["估计行数", "Est. rows"],
  profileRows: ["实际行数", "Rows"],
  profileDbHits: ["数据库命中", "DB hits"],
  profileHeaviest: ["最多数据库命中", "most db hits"],
  profileStatus: [
    "性能分析：{n} 个运算符 · 共 {hits} 次数据库命中 · {rows} 行结果 · Neo4j {ms} ms",
    "Profile: {n} operators · {hits} db hits in all · {rows} result rows · Neo4j {ms} ms",
  ],
  styleRules: ["样式规则", "Style rules"],
  layoutHead: ["布局参数", "Layout"],
  layoutKind: ["布局", "Layout"],
  layoutForce: ["力导向 (ForceAtlas2)", "Force (ForceAtlas2)"],
  layoutNoverlap: ["去重叠 (Noverlap)", "Noverlap"],
  layoutMargin: ["间距（像素）", "Margin (px)"],
  layoutRatio: ["尺寸比例", "Ratio"],
  layoutNoverlapIterations: ["最多迭代次数", "Max iterations"],
  layoutCircular: ["环形", "Circular"],
  layoutRandom: ["随机", "Random"],
  layoutByType: ["按类型分列", "By type (columns)"],
  layoutGravity: ["引力", "Gravity"],
  layoutScaling: ["缩放比例", "Scaling"],
  layoutIterations: ["迭代次数", "Iterations"],
  layoutAuto: ["自动", "automatic"],
  layoutBarnesHut: ["Barnes-Hut 近似", "Barnes-Hut"],
  layoutBhAuto: ["自动（400 个节点起）", "Auto (from 400 nodes)"],
  layoutBhOn: ["开", "On"],
  layoutBhOff: ["关", "Off"],
  layoutRun: ["运行布局", "Run layout"],
  ruleAnyType: ["任意类型", "Any type"],
  ruleType: ["节点类型", "Node type"],
  ruleProperty: ["属性名无效（字母、数字或下划线）", "Invalid property name (letters, digits, underscores)"],
  ruleCondition: ["条件", "Condition"],
  ruleEquals: ["等于", "equals"],
  ruleRangeKind: ["范围", "in range"],
  ruleExists: ["存在", "exists"],
  ruleValue: ["值", "Value"],
  ruleMin: ["最小值", "Minimum"],
  ruleMax: ["最大值", "Maximum"],
  ruleUseColour: ["设置颜色", "Set colour"],
  ruleColourInput: ["颜色", "Colour"],
  ruleUseSize: ["设置大小", "Set size"],
  ruleSize: ["大小（2–40）", "Size (2–40)"],
  ruleAdd: ["添加规则", "Add rule"],
  ruleUp: ["上移", "Move up"],
  ruleDown: ["下移", "Move down"],
  ruleRemove: ["删除规则", "Remove rule"],
  ruleStyle: ["请设置颜色或大小（2–40）", "Set a colour or a size (2–40)"],
  ruleRange: [
    "范围需要最小值或最大值，且最小值不大于最大值",
    "A range needs a minimum or a maximum, the minimum not above the maximum",
  ],
  ruleColour: ["颜色无效", "Invalid colour"],
  ruleOn: ["规则对象", "Applies to"],
  ruleOnNodes: ["节点", "Nodes"],
  ruleOnEdges: ["关系", "Relationships"],
  ruleRelType: ["关系类型", "Relationship type"],
  ruleWidthInput: ["宽度（0.5–12）", "Width (0.5–12)"],
  ruleWidth: ["请设置颜色或宽度（0.5–12）", "Set a colour or a width (0.5–12)"],
  ruleTarget: ["规则对象无效", "Invalid rule target"],
  resultTable: ["表格", "Table"],
  resultText: ["文本", "Text"],
  resultJson: ["JSON", "JSON"],
  favourites: ["收藏的查询", "Favourites"],
  favouriteSave: ["☆ 收藏当前查询", "☆ Save as favourite"],
  favouriteName: ["收藏名称（可留空）", "Name (optional)"],
  favouriteRename: ["重命名", "Rename"],
  favouriteDelete: ["删除", "Delete"],
  favouriteDeleted: ["已删除「{name}」", "Deleted “{name}”"],
  favouriteUndo: ["撤销", "Undo"],
  favouriteNone: ["还没有收藏的查询。", "No favourite queries yet."],
  favouriteNameEmpty: ["名称不能为空", "The name is empty"],
  favouriteNameLong: ["名称过长（最多 100 个字符）", "The name is too long (100 characters at most)"],
  favouriteQueryEmpty: ["查询为空，未收藏", "The query is empty: nothing saved"],
  replaceScene: ["替换场景", "Replace scene"],
  rows: ["行", "rows"],
  analysis: ["分析", "Analysis"],
  filters: ["范围筛选", "Range filters"],
  statistics: ["统计", "Statistics"],
  statsSummary: [
    "{n} 个节点 · {e} 条关系 · 密度 {d} · {c} 个连通分量（最大 {l} 个节点）· {i} 个孤立节点",
    "{n} nodes · {e} edges · density {d} · {c} connected components (largest {l} nodes) · {i} isolated",
  ],
  statsNodeTypes: ["节点类型", "Node types"],
  statsEdgeTypes: ["关系类型", "Relationship types"],
  statsDegree: ["度分布（画布中的度数）", "Degree distribution (degree on the canvas)"],
  statsDegreeRange: ["平均 {mean} · 最小 {min} · 最大 {max}", "mean {mean} · min {min} · max {max}"],
  statsComponents: ["连通分量", "Connected components"],
  statsComponent: ["关系 {e}", "edges {e}"],
  statsHint: ["点击一行以在画布上突出显示。", "Click a row to highlight it on the canvas."],
  minDegree: ["最少关系数（全图）", "Min. relationships (whole graph)"],
  minConfidence: ["最低置信度", "Min. confidence"],
  clearFilters: ["清除筛选", "Clear filters"],
  filtersHide: ["筛选隐藏了 {n} 个节点、{e} 条关系", "The filters hide {n} nodes and {e} relationships"],
  colourBy: ["颜色依据", "Colour by"],
  sizeBy: ["大小依据", "Size by"],
  byType: ["类型", "Type"],
  byDegree: ["度数", "Degree"],
  pagerank: ["PageRank", "PageRank"],
  betweenness: ["中介中心性", "Betweenness"],
  community: ["Louvain 社区", "Louvain community"],
  lasso: ["套索选择 (Shift+拖动)", "Lasso select (Shift+drag)"],
  selection: ["已选", "Selected"],
  hideSelection: ["移除所选", "Remove selected"],
  expandSelection: ["展开所选", "Expand selected"],
  views: ["已保存视图", "Saved views"],
  viewName: ["视图名称", "View name"],
  save: ["保存", "Save"],
  open: ["打开", "Open"],
  delete: ["删除", "Delete"],
  export: ["导出与分享", "Export & share"],
  exportPng: ["PNG 图片", "PNG image"],
  share: ["复制分享链接", "Copy share link"],
  copied: ["链接已复制", "Link copied"],
  sharedMissing: ["分享的视图中有节点已不存在", "Nodes of the shared view no longer exist"],
  shareNotStored: ["短链接未能保存，已复制完整链接", "Short link not stored; the full link was copied"],
  sharedSceneMissing: ["分享的视图不存在", "The shared view does not exist"],
  truncated: ["结果被截断：还有未加载的邻居", "Truncated: more neighbours exist"],
  resultTruncated: ["结果已截断", "truncated"],
  paramsNotObject: ["必须是 JSON 对象", "must be a JSON object"],
  loadMore: ["加载更多", "Load more"],
  loading: ["加载中…", "Loading…"],
  error: ["错误", "Error"],
  close: ["关闭", "Close"],
  document: ["文档", "Document"],
  mentions: ["提及", "mentions"],
  nodes: ["节点", "nodes"],
  edges: ["关系", "edges"],
  shownCounts: ["显示 {n} / {N} 个节点 · {e} / {E} 条关系", "{n} of {N} nodes · {e} of {E} edges shown"],
  shortcuts: ["快捷键", "Shortcuts"],
  shortcutsText: [
    "/ 搜索 · E 展开 · Delete 移除 · C 收起 · P 固定 · Ctrl+Z 撤销 · Ctrl+Y 重做 · F 适应 · Esc 取消选择",
    "/ search · E expand · Delete remove · C collapse · P pin · Ctrl+Z undo · Ctrl+Y redo · F fit · Esc deselect",
  ],
  apiDown: ["无法连接 API", "Cannot reach the API"],
  waitingForDatabase: [
    "数据库暂时不可用：恢复后将自动重新加载",
    "The database is not reachable: the explorer reloads by itself when it is back",
  ],
  databaseBack: ["数据库已恢复", "The database is back"],
  apiKeyTitle: ["需要 API 密钥 · API key required", "API key required · 需要 API 密钥"],
  apiKeyRequired: [
    "此服务器要求 API 密钥。请输入密钥以继续。",
    "This server requires an API key. Enter it to continue.",
  ],
  apiKeyRefused: ["API 密钥无效，请重新输入。", "The API key was not accepted. Enter it again."],
  apiKeyLabel: ["API 密钥", "API key"],
  apiKeyNote: [
    "密钥只保存在此浏览器标签页中（关闭后即删除），并通过请求头发送。",
    "The key is kept in this browser tab only (gone when it closes) and sent in a request header.",
  ],
  apiKeySubmit: ["确定", "Continue"],
  welcome: [
    "双击节点展开邻居；点击节点或连线查看来源句子。",
    "Double-click a node to expand it; click a node or an edge to read the sentences that state it.",
  ],
  chain: ["推理链", "Explanation chain"],
  focus: ["聚焦", "Focus"],
  type: ["类型", "Type"],
  degreeInDb: ["数据库中的度数", "Degree in database"],
  moreToExpand: ["可展开", "more to expand"],
  analystViews: ["时间·变化·矩阵视图", "Views: time, changes, matrices"],
  // Upload and review (issue 15)
  upload: ["上传文档", "Upload documents"],
  uploadHint: [
    "PDF、DOCX、HTML、Markdown 或文本；先预览，再提交。",
    "PDF, DOCX, HTML, Markdown or text; preview first, then commit.",
  ],
  previewBtn: ["预览", "Preview"],
  commitBtn: ["全部接受并提交", "Accept and commit"],
  cancel: ["取消", "Cancel"],
  docTitle: ["标题", "Title"],
  docDate: ["日期", "Date"],
  newEntities: ["新实体", "New entities"],
  newRelations: ["新关系", "New relations"],
  newEvidence: ["已有关系的新证据", "New evidence for existing relations"],
  candidateMerges: ["可能重复的实体", "Candidate merges"],
  conflictingClaims: ["冲突的数据", "Conflicting claims"],
  missingMeta: ["缺少元数据", "Missing metadata"],
  refused: ["已拒绝", "Refused"],
  committing: ["正在提交", "Committing"],
  committed: ["已提交", "Committed"],
  review: ["审核队列", "Review queue"],
  reviewHint: ["A 接受 · R 拒绝 · J/K 上下移动", "A accept · R reject · J/K move"],
  accept: ["接受", "Accept"],
  reject: ["拒绝", "Reject"],
  reload: ["刷新", "Reload"],
  queueEmpty: ["没有待审核的关系", "Nothing left to review"],
  graphCanvas: ["图谱画布", "Graph canvas"],
  exportCsv: ["导出 CSV", "Export CSV"],
  status_established: ["已设立", "established"],
  status_applied: ["申建中", "applied for"],
  status_proposed: ["提议中", "proposed"],
  sourceDocs: ["文献", "documents"],
  exportSvg: ["SVG 图片", "SVG image"],
  statusLegend: ["自贸区状态", "Zone status"],
  stageLegend: ["协定对接阶段", "Agreement stage"],
  stage: ["阶段", "Stage"],
  stage_applied: ["申请加入", "applied"],
  stage_signed: ["已签署", "signed"],
  stage_ratified: ["已批准", "ratified"],
  stage_in_force: ["已生效", "in force"],
  stage_pilots: ["先行先试", "pilots"],
  stage_aligned: ["对接", "aligned"],
  strength_strong: ["强", "strong"],
  strength_medium: ["中", "medium"],
  strength_weak: ["弱", "weak"],
  linkStrength: ["关联强度", "Link strength"],
  corridorLinks: ["走廊关联", "Corridor links"],
  directness_direct: ["直接陈述", "stated directly"],
  directness_area: ["经片区", "via an area"],
  directness_port: ["经口岸", "via a port"],
  directness_city: ["经城市", "via a city"],
  directness_province: ["经省份", "via the province"],
  directness_country: ["经相邻国家", "via a neighbouring country"],
  zoneStatus: ["状态", "Status"],
  sourceLine: [
    "来源：zonegraph，依据自由贸易试验区政策文件抽取的知识图谱",
    "Source: zonegraph, a knowledge graph extracted from pilot free trade zone policy documents",
  ],
  generatedEnglish: [
    "* 英文名称由规则生成（拼音 + 类型后缀翻译）",
    "* English name generated by rule (pinyin + translated type suffix)",
  ],
  resizeConsole: ["拖动以调整控制台高度", "Drag to resize the console"],
  pathOptions: ["路径选项", "Path options"],
  maxHops: ["最多跳数", "Max hops"],
  allowCoOccurrence: ["允许共现关系", "Allow co-occurrence"],
  pathTypes: ["允许的关系类型", "Allowed relationship types"],
  all: ["全部", "all"],
  hops: ["跳", "hops"],
  pathPickBoth: ["请先选择起点和终点", "Pick both ends first"],
  pathSameEnds: [
    "起点和终点是同一个实体：请选择两个不同的实体",
    "Both ends are the same entity: pick two different ones",
  ],
  pathsFound: ["找到 {n} 条路径（不超过 {h} 跳）", "{n} paths found (within {h} hops)"],
  noTypedPathWithin: ["{h} 跳内没有类型化关系的路径", "No typed path within {h} hops"],
  noPathWithin: ["{h} 跳内没有路径", "No path within {h} hops"],
  viaCoOccurrence: ["经共现关系有 {n} 条", "{n} via co-occurrence"],
  noneViaCoOccurrence: ["经共现关系也没有", "none via co-occurrence either"],
  pathReasonCapped: [
    "只读取了 {read} 条关系：每个节点最多 {perNode} 条，总共最多 {budget} 条",
    "among the {read} relationships read (at most {perNode} per node, {budget} in all)",
  ],
  pathReasonDeadline: [
    "路径搜索在 {seconds} 秒期限内未完成：请减少跳数或关系类型",
    "the search stopped at its {seconds} s deadline: try fewer hops or fewer relationship types",
  ],
  show: ["显示？", "show?"],
  low: ["低", "low"],
  high: ["高", "high"],
  labelDensity: ["标签密度", "Label density"],
  listView: ["列表", "List"],
  listViewTitle: ["当前场景（列表视图）", "Current scene (list view)"],
  listEmpty: ["场景为空", "The scene is empty"],
  noRelations: ["无关系", "No relationships"],
  ariaPanels: ["面板", "Panels"],
  ariaSceneToolbar: ["场景工具栏", "Scene toolbar"],
  ariaViews: ["分析视图", "Analyst views"],
} satisfies Record<string, [string, string]>;

export type StringKey = keyof typeof STRINGS;

let current: Lang = "zh";
const listeners = new Set<(lang: Lang) => void>();

export function getLang(): Lang {
  return current;
}
export function setLang(lang: Lang): void {
  if (lang === current) return;
  current = lang;
  for (const l of listeners) l(lang);
}
export function onLangChange(fn: (lang: Lang) => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
export function t(key: StringKey, lang: Lang = current): string {
  const pair = STRINGS[key];
  return lang === "zh" ? pair[0] : pair[1];
}

const TYPE_NAMES: Record<string, [string, string]> = {
  FreeTradeZone: ["自贸试验区", "Free trade zone"],
  Area: ["片区", "Area"],
  Province: ["省份", "Province"],
  City: ["城市", "City"],
  Country: ["国家", "Country"],
  Corridor: ["经济走廊", "Corridor"],
  Port: ["口岸", "Port"],
  Agreement: ["协定", "Agreement"],
  Organization: ["组织", "Organization"],
  DevZone: ["开发区", "Development zone"],
  Industry: ["产业", "Industry"],
  Document: ["文档", "Document"],
  Passage: ["段落", "Passage"],
  Claim: ["陈述", "Claim"],
};
const REL_NAMES: Record<string, [string, string]> = {
  PART_OF: ["属于", "part of"],
  LOCATED_IN: ["位于", "located in"],
  BORDERS: ["接壤", "borders"],
  ON_CORRIDOR: ["位于走廊", "on corridor"],
  CONNECTS: ["连接", "connects"],
  ALIGNS_WITH: ["对接", "aligns with"],
  COOPERATES_WITH: ["合作", "cooperates with"],
  FOCUSES_ON: ["重点产业", "focuses on"],
  APPLIES_FOR: ["申建", "applies for"],
  HAS_PLATFORM: ["拥有平台", "has platform"],
  LINKED_PORT: ["关联口岸", "linked port"],
  CO_OCCURS: ["共现", "co-occurs"],
  // Provenance relationships (from Cypher results).
  ABOUT: ["关于", "about"],
  STATED_IN: ["出自", "stated in"],
  IN_DOCUMENT: ["所属文档", "in document"],
};

export function typeName(type: string, lang: Lang = current): string {
  const pair = TYPE_NAMES[type];
  return pair ? (lang === "zh" ? pair[0] : pair[1]) : type;
}
/** An ALIGNS_WITH stage's name (applied, signed, ratified, in_force, pilots, aligned). */
export function stageName(stage: string, lang: Lang = current): string {
  const key = `stage_${stage}`;
  return key in STRINGS ? t(key as StringKey, lang) : stage;
}

export function relName(type: string, lang: Lang = current): string {
  const pair = REL_NAMES[type];
  return pair ? (lang === "zh" ? pair[0] : pair[1]) : type;
}
type Named = { name?: unknown; nameEn?: unknown; label?: unknown };

/** Marks an English name generated by rule (pinyin + translated type suffix), not taken from the catalog. */
export const GENERATED_MARK = "*";

function chineseName(e: Named): string {
  return typeof e.name === "string" ? e.name : typeof e.label === "string" ? e.label : "";
}

/** The entity has no catalog English name, so English mode shows a generated one. */
export function isGeneratedEnglish(e: Named): boolean {
  return !(typeof e.nameEn === "string" && e.nameEn) && hasHan(chineseName(e));
}

/**
 * The entity's display name in the chosen language. In English: the catalog's English name, else a
 * rule-based rendering (model/english.ts) marked with GENERATED_MARK.
 */
export function entityName(e: Named, lang: Lang = current): string {
  const zh = chineseName(e);
  if (lang !== "en") return zh;
  if (typeof e.nameEn === "string" && e.nameEn) return e.nameEn;
  return isGeneratedEnglish(e) ? `${englishFor(zh)}${GENERATED_MARK}` : zh;
}

/** The string table, for tests that check every entry has both languages. */
export const STRINGS_FOR_TEST: Readonly<Record<string, readonly [string, string]>> = STRINGS;
