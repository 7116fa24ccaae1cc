/** Corridors: one chip per corridor; the zones on the chosen one with their chains and quoted sentences. */
import type { CorridorZonesResponse } from "../../../contracts/api";
import type { Api } from "../api";
import { entityName, getLang, onLangChange, relName, t } from "../i18n";
import { errorText } from "../i18nMeta";
import { chainFocus, type Focus, zoneRoutes } from "../model/corridors";
import { isRetryable } from "../model/retry";
import { linkStrength, nodeStatus, type ZoneStatus, zoneStatus } from "../model/status";
import { clear, h } from "./dom";
import type { EvidenceHooks } from "./panels";
import { evidenceItem } from "./quote";

export class CorridorsPanel {
  readonly el: HTMLElement;
  /** One chip per corridor (name and number of zones), visible from the start: the obvious way in. */
  private picks = h("div", { class: "corridor-picks", role: "group" });
  private intro = h("p", { class: "muted small" }, t("corridorIntro"));
  private out = h("div", { class: "corridor-out" });
  private last: CorridorZonesResponse | null = null;
  private current = "";
  private readonly statuses = new Map<string, ZoneStatus>();
  constructor(
    private readonly api: Api,
    private readonly follow: (id: string, keepScene: boolean) => Promise<CorridorZonesResponse>,
    private readonly hooks: EvidenceHooks & {
      highlight(nodes: string[], edges: string[]): void;
      /** Select a node (inspector) while the canvas highlights the given nodes and edges. */
      selectWithFocus(id: string, focus: Focus): void;
    },
  ) {
    this.picks.setAttribute("aria-label", t("chooseCorridor"));
    this.el = h("div", { class: "corridors" }, this.intro, this.picks, this.out);
    onLangChange(() => {
      this.intro.textContent = t("corridorIntro");
      this.picks.setAttribute("aria-label", t("chooseCorridor"));
      void this.load();
      if (this.last) this.render(this.last);
    });
  }
  async load(): Promise<void> {
    try {
      const res = await this.api.corridors();
      clear(this.picks);
      const sorted = [...res.corridors].sort((a, b) => b.zoneCount - a.zoneCount);
      for (const c of sorted) {
        // A count from part of a large corridor's stations is a lower bound: "12+".
        const count = `${c.zoneCount}${c.complete === false ? "+" : ""}`;
        const b = h(
          "button",
          {
            type: "button",
            class: `corridor-pick${c.zoneCount || c.complete === false ? "" : " empty"}`,
            "data-id": c.id,
            "aria-pressed": String(c.id === this.current),
            title: `${entityName(c, getLang())}: ${count} ${t("zonesCount")}`,
          },
          entityName(c, getLang()),
          h("span", { class: "count" }, count),
        );
        b.addEventListener("click", () => void this.choose(c.id));
        this.picks.append(b);
      }
    } catch (e) {
      this.fail(e, "corridorsBusy", () => void this.load());
    }
  }

  /**
   * Why a request failed, in place of the list; after a timeout under load or an unavailable database
   * (isRetryable) also a retry button that asks again.
   */
  private fail(e: unknown, busy: "corridorsBusy" | "corridorZonesBusy", retry: () => void): void {
    clear(this.out);
    const again = isRetryable(e);
    const text = again ? `${t(busy)} ${errorText(e)}` : errorText(e);
    this.out.append(h("p", { class: "error corridor-error", role: "alert" }, text));
    if (!again) return;
    const b = h("button", { type: "button", class: "btn corridor-retry" }, t("retry"));
    b.addEventListener("click", retry);
    this.out.append(b);
  }
  /** Established, applied-for and proposed zones look different (node attributes, else node detail). */
  private async flagStatus(id: string, el: HTMLElement, known: ZoneStatus): Promise<void> {
    let status = known ?? this.statuses.get(id);
    if (status === undefined) {
      try {
        status = zoneStatus(await this.api.node(id));
      } catch {
        return;
      }
      this.statuses.set(id, status);
    }
    if (!status) return;
    el.textContent = t(`status_${status}`);
    el.className = `status-badge ${status}`;
    el.hidden = false;
  }

  /** Follow a corridor; `keepScene` (restoring a share link) lists it without touching the scene. */
  async choose(id: string, keepScene = false): Promise<void> {
    if (!id) return;
    this.current = id;
    for (const b of this.picks.querySelectorAll<HTMLElement>(".corridor-pick"))
      b.setAttribute("aria-pressed", String(b.dataset.id === id));
    clear(this.out);
    this.out.append(h("p", { class: "muted" }, t("loading")));
    try {
      const res = await this.follow(id, keepScene);
      if (this.current === id) this.render(res);
    } catch (e) {
      if (this.current === id) this.fail(e, "corridorZonesBusy", () => void this.choose(id, keepScene));
    }
  }
  private render(res: CorridorZonesResponse): void {
    this.last = res;
    clear(this.out);
    const lang = getLang();
    const names = new Map(res.graph.nodes.map((n) => [n.key, n.attributes]));
    this.out.append(h("h4", {}, `${t("zonesOnCorridor")}: ${entityName(res.corridor, lang)}`));
    if (!res.links.length) this.out.append(h("p", { class: "muted" }, t("noZonesOnCorridor")));
    const list = h("ol", { class: "corridor-zones" });
    for (const link of [...res.links].sort((a, b) => a.rank - b.rank)) {
      const direct = link.directness === "direct";
      const strength = linkStrength(link.directness);
      const kind = t(`directness_${link.directness}`);
      const tag = h(
        "span",
        {
          class: `directness ${direct ? "direct" : "inferred"} ${strength}`,
          "data-strength": strength,
          title: `${t("linkStrength")}: ${t(`strength_${strength}`)}`,
        },
        direct
          ? `${t("direct")} · ${t(`strength_${strength}`)}`
          : `${t("inferred")} · ${kind} · ${t(`strength_${strength}`)}`,
      );
      const zoneBtn = h("button", { type: "button", class: "link zone-name" }, entityName(link.zone, lang));
      const chain = chainFocus(res.corridor.id, link);
      // The zone: every route of it to the corridor (its direct ON_CORRIDOR edge included), kept highlighted
      // while the inspector shows the zone — selecting must not replace the path by the zone's neighbourhood.
      zoneBtn.addEventListener("click", () => {
        this.hooks.selectWithFocus(link.zone.id, zoneRoutes(res, link.zone.id));
      });
      const steps = h("ol", { class: "chain" });
      for (const s of link.chain) {
        const from = names.get(s.from);
        const to = names.get(s.to);
        const stepNames = [from?.name, to?.name, from?.nameEn, to?.nameEn].filter(
          (x): x is string => typeof x === "string" && !!x,
        );
        steps.append(
          h(
            "li",
            {},
            h(
              "div",
              { class: "step-head" },
              `${from ? entityName(from, lang) : s.from} —${relName(s.type)}→ ${to ? entityName(to, lang) : s.to}`,
            ),
            h(
              "ul",
              { class: "sources" },
              ...s.evidence.map((ev) =>
                evidenceItem(ev, {
                  names: stepNames,
                  onOpen: (d, st, en) => this.hooks.openDocument(d, { start: st, end: en }),
                }),
              ),
            ),
          ),
        );
      }
      const chainDetails = h(
        "details",
        { class: "chain-details", open: true },
        h(
          "summary",
          { title: link.explanation },
          `${t("chain")} · ${link.chain.reduce((n, st) => n + st.evidence.length, 0)} ${t("sentencesN")}`,
        ),
        steps,
      );
      chainDetails.addEventListener("toggle", () => {
        if (chainDetails.open) this.hooks.highlight(chain.nodes, chain.edges);
      });
      const status = h("span", { class: "status-badge", hidden: true });
      void this.flagStatus(link.zone.id, status, nodeStatus(names.get(link.zone.id) ?? {}));
      list.append(
        h(
          "li",
          { class: "corridor-zone", "data-zone": link.zone.id },
          h("div", {}, zoneBtn, " ", tag, " ", status),
          chainDetails,
        ),
      );
    }
    this.out.append(list);
  }
}
