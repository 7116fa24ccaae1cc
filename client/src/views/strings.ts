/** Bilingual strings of the analyst views (中文 / English), kept apart from the main table. */
import { getLang, type Lang } from "../i18n";

const STRINGS = {
  views: ["分析视图", "Views"],
  tabTime: ["时间", "Time"],
  tabChanges: ["变化", "Changes"],
  tabMatrix: ["矩阵", "Matrices"],
  play: ["播放", "Play"],
  pause: ["暂停", "Pause"],
  date: ["日期", "Date"],
  slider: ["时间滑块", "Time slider"],
  knownAt: ["截至该日期已知的图谱", "The graph as known at"],
  statedCount: ["文献陈述的自贸区数量", "Stated number of zones"],
  zonesUnit: ["个自贸区", "zones"],
  showSentence: ["查看原句", "Show the sentence"],
  hideSentence: ["收起原句", "Hide the sentence"],
  noStatedCount: ["该日期前没有关于数量的陈述", "No stated count by this date"],
  established: ["已设立", "Established"],
  applied: ["申建中", "Applied for"],
  mentioned: ["仅提及", "Mentioned only"],
  onCanvas: ["画布上", "on the canvas"],
  documentsKnown: ["已发表文档", "Documents published"],
  establishedList: ["已设立的自贸区（设立时间与原句）", "Established zones (date and sentence)"],
  appliedList: ["申建中的自贸区", "Zones applied for"],
  eventsAt: ["最近的事件", "Latest events, on"],
  from: ["从", "From"],
  to: ["到", "To"],
  compare: ["比较", "Compare"],
  changedClaims: ["变化的陈述", "Changed claims"],
  conflicts: ["相互矛盾的陈述", "Conflicting claims"],
  addedEntities: ["新增实体", "Added entities"],
  addedRelations: ["新增关系", "Added relations"],
  removedRelations: ["删除的关系", "Removed relations"],
  before: ["之前", "Before"],
  after: ["之后", "After"],
  nothingChanged: ["两个日期之间没有变化", "Nothing changed between the two dates"],
  agreementMatrix: ["协定 × 自贸区", "Agreement × zone"],
  corridorMatrix: ["走廊 × 自贸区", "Corridor × zone"],
  rowTypes: ["行", "Rows"],
  filter: ["筛选（行或列）", "Filter (rows or columns)"],
  csv: ["导出 CSV", "Export CSV"],
  sortByName: ["按名称排序", "Sort by name"],
  sortByTotal: ["按总分排序", "Sort by total"],
  sortByColumn: ["按此列排序", "Sort by this column"],
  total: ["合计", "Total"],
  highlight: ["在画布上突出显示", "Highlight on the canvas"],
  cellEvidence: ["单元格的证据", "Evidence of the cell"],
  evidenceCount: ["条证据", "evidence"],
  matrixHint: [
    "点击单元格查看原句；点击行名或列名在画布上突出显示。",
    "Click a cell to read its sentences; click a row or column name to highlight it on the canvas.",
  ],
  emptyMatrix: ["没有符合筛选的单元格", "No cell matches the filter"],
  stage_applied: ["申请", "applied"],
  stage_signed: ["签署", "signed"],
  stage_ratified: ["批准", "ratified"],
  stage_in_force: ["生效", "in force"],
  stage_pilots: ["先行先试", "pilots"],
  stage_aligned: ["对接", "aligned"],
  dir_direct: ["直接", "direct"],
  dir_area: ["经片区", "via area"],
  dir_port: ["经口岸", "via port"],
  dir_city: ["经城市", "via city"],
  dir_province: ["经省份", "via province"],
  dir_country: ["经国家", "via country"],
  close: ["关闭", "Close"],
} satisfies Record<string, [string, string]>;

export type ViewStringKey = keyof typeof STRINGS;

export function vt(key: ViewStringKey, lang: Lang = getLang()): string {
  const pair = STRINGS[key];
  return lang === "zh" ? pair[0] : pair[1];
}

/** A cell label (stage or directness) in the current language; unknown labels as they are. */
export function labelText(label: string, lang: Lang = getLang()): string {
  for (const k of [`stage_${label}`, `dir_${label}`]) if (k in STRINGS) return vt(k as ViewStringKey, lang);
  return label;
}

export const VIEW_STRINGS_FOR_TEST: Readonly<Record<string, readonly [string, string]>> = STRINGS;
