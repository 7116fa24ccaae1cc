/**
 * The time slider: a stop for every dated event (documents, establishment dates, claims' periods), a
 * play control, and a date field. At each date the canvas shows the graph as known then; the panel shows
 * the stated zone count with its sentence, and a legend of zones by status counted on the canvas.
 */
import type { DatedSubgraph, TimelineResponse } from "../../../contracts/views";
import { typeStyle } from "../model/styling";
import { append, clear, h } from "../ui/dom";
import type { ViewHooks } from "./hooks";
import { vt } from "./strings";
import { APPLIED_COLOR, datedScene, eventsOn, tickIndexFor, timelineTicks, timeSummary } from "./timeModel";
import { ViewsApi } from "./viewsApi";
import { sentenceToggle } from "./widgets";

const PLAY_STEP_MS = 1800;

export class TimeView {
  readonly el = h("div", { class: "time-view" });
  private readonly api: ViewsApi;
  private readonly slider = h("input", {
    type: "range",
    class: "time-slider",
    min: "0",
    max: "0",
    step: "1",
  });
  private readonly dateInput = h("input", { type: "date", class: "time-date" });
  private readonly playButton = h("button", { type: "button", class: "btn time-play" }, "▶");
  private readonly stopLabel = h("div", { class: "time-stop" });
  private readonly summary = h("div", { class: "time-summary", "aria-live": "polite" });
  private timeline: TimelineResponse | null = null;
  private ticks: string[] = [];
  private seq = 0;
  private timer: ReturnType<typeof setInterval> | null = null;
  /** The date shown (set once its graph is on the canvas), for tests and the other views. */
  current: string | null = null;

  constructor(private readonly hooks: ViewHooks) {
    this.api = new ViewsApi(hooks.api);
    this.slider.setAttribute("aria-label", vt("slider"));
    this.dateInput.setAttribute("aria-label", vt("date"));
    this.slider.addEventListener("input", () => {
      const date = this.ticks[Number(this.slider.value)];
      if (date) void this.show(date);
    });
    this.dateInput.addEventListener("change", () => {
      if (this.dateInput.value) void this.show(this.dateInput.value);
    });
    this.playButton.addEventListener("click", () => this.togglePlay());
    this.el.append(
      h("div", { class: "time-controls" }, this.playButton, this.slider, this.dateInput),
      this.stopLabel,
      this.summary,
    );
  }

  /** Loads the timeline (once) and shows `date`, or the last stop. */
  async open(date?: string): Promise<void> {
    if (!this.timeline) {
      try {
        this.timeline = await this.api.timeline();
      } catch (e) {
        this.hooks.error(e instanceof Error ? e.message : String(e));
        return;
      }
      this.ticks = timelineTicks(this.timeline);
      this.slider.max = String(Math.max(0, this.ticks.length - 1));
      if (this.timeline.range) {
        this.dateInput.min = this.timeline.range.from;
      }
    }
    const target = date ?? this.current ?? this.ticks[this.ticks.length - 1];
    if (target) await this.show(target);
  }

  /** Shows the graph as known at `date` (yyyy-mm-dd) on the canvas and in the panel. */
  async show(date: string): Promise<void> {
    const seq = ++this.seq;
    this.slider.value = String(tickIndexFor(this.ticks, date));
    this.dateInput.value = date;
    this.el.classList.add("loading");
    try {
      const d = await this.api.at(date);
      if (seq !== this.seq) return;
      this.hooks.showScene(datedScene(d));
      this.current = date;
      this.el.dataset.date = date;
      this.renderStop(date);
      this.renderSummary(d);
    } catch (e) {
      if (seq === this.seq) this.hooks.error(e instanceof Error ? e.message : String(e));
      this.pause();
    } finally {
      if (seq === this.seq) this.el.classList.remove("loading");
    }
  }

  /** The date shown, and the events of the slider stop it falls on (with that stop's date if earlier). */
  private renderStop(date: string): void {
    clear(this.stopLabel);
    const tick = this.ticks[tickIndexFor(this.ticks, date)] ?? "";
    const events = this.timeline && tick <= date ? eventsOn(this.timeline, tick) : [];
    const docs = events.filter((e) => e.kind === "document").map((e) => e.label);
    const est = events.filter((e) => e.kind === "established").map((e) => e.label);
    append(this.stopLabel, [
      h("strong", { class: "time-current" }, date),
      events.length && tick !== date ? h("span", { class: "muted" }, `${vt("eventsAt")} ${tick}:`) : null,
      docs.length ? h("span", { class: "time-event doc" }, `▤ ${docs.join(" · ")}`) : null,
      est.length ? h("span", { class: "time-event est" }, `★ ${est.join(" · ")}`) : null,
    ]);
  }

  private renderSummary(d: DatedSubgraph): void {
    clear(this.summary);
    const s = timeSummary(d);
    const canvas = this.hooks.zoneCounts();
    const stated = s.stated
      ? sentenceToggle(
          h(
            "span",
            {},
            `${vt("statedCount")}: `,
            h(
              "strong",
              { class: "zone-count", "data-count": String(s.stated.value) },
              String(s.stated.value),
            ),
            ` ${vt("zonesUnit")}${s.stated.asOf ? ` (${s.stated.asOf})` : ""}`,
          ),
          s.stated.evidence,
          this.hooks,
          "stated-count",
        )
      : h("div", { class: "muted" }, vt("noStatedCount"));
    const legend = h(
      "ul",
      { class: "time-legend" },
      this.legendItem("established", typeStyle("FreeTradeZone").color, canvas.established),
      this.legendItem("applied", APPLIED_COLOR, canvas.applied),
      this.legendItem("mentioned", "#ffffff", canvas.mentioned),
    );
    const zones = h(
      "details",
      { class: "time-zones" },
      h("summary", {}, `${vt("establishedList")} (${s.established.length})`),
      h(
        "ul",
        { class: "zone-list" },
        s.established.map((z) =>
          h("li", {}, sentenceToggle(`${z.name} — ${z.established ?? ""}`, z.evidence, this.hooks)),
        ),
      ),
    );
    const applied = s.applied.length
      ? h(
          "div",
          { class: "time-applied" },
          `${vt("appliedList")}: `,
          s.applied.map((z) => sentenceToggle(z.name, z.evidence, this.hooks)),
        )
      : null;
    append(this.summary, [
      stated,
      legend,
      h("div", { class: "muted" }, `${vt("documentsKnown")}: ${s.documents.length}`),
      applied,
      zones,
    ]);
  }

  private legendItem(status: "established" | "applied" | "mentioned", color: string, n: number): HTMLElement {
    const sw = h("span", { class: `time-swatch status-${status}`, "aria-hidden": "true" });
    sw.style.background = color;
    return h(
      "li",
      { class: "time-legend-item", "data-status": status },
      sw,
      h("span", {}, `${vt(status)} (${vt("onCanvas")})`),
      h("strong", { class: "count" }, String(n)),
    );
  }

  private togglePlay(): void {
    if (this.timer) {
      this.pause();
      return;
    }
    let i = Number(this.slider.value);
    if (i >= this.ticks.length - 1) i = -1;
    this.playButton.textContent = "⏸";
    this.playButton.title = vt("pause");
    const step = () => {
      i++;
      const date = this.ticks[i];
      if (!date) {
        this.pause();
        return;
      }
      void this.show(date);
      if (i >= this.ticks.length - 1) this.pause();
    };
    step();
    this.timer = setInterval(step, PLAY_STEP_MS);
  }

  pause(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.playButton.textContent = "▶";
    this.playButton.title = vt("play");
  }
}
