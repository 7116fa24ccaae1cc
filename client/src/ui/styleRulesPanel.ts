/**
 * Style rules (Bloom's rule-based styling): a form that adds a rule (on nodes or relationships, type or any,
 * property, equals / range / exists, colour and/or size or width) and the ordered list with up, down and
 * remove. Each is one store action (undo and redo cover them); the renderer applies them in its node and
 * edge reducers.
 */
import { NODE_TYPES, REL_TYPES } from "../../../contracts/graph";
import { onLangChange, relName, type StringKey, t, typeName } from "../i18n";
import { checkRule, type RuleTarget, type RuleTest, ruleText, type StyleRule } from "../model/styleRules";
import { clear, h } from "./dom";
import { ruleSwatch } from "./legend";
import type { StoreLike } from "./storeLike";

let counter = 0;
const num = (v: string): number | null => (v.trim() === "" ? null : Number(v));

export class StyleRulesPanel {
  readonly el: HTMLElement;
  private readonly list = h("ol", { class: "style-rules" });
  private readonly message = h("p", { class: "error small style-rule-message", role: "alert", hidden: true });
  private readonly target = h("select", { class: "rule-on" });
  private readonly nodeType = h("select", { class: "rule-type" });
  private readonly property = h("input", { class: "rule-property", type: "text", value: "degree" });
  private readonly kind = h("select", { class: "rule-kind" });
  private readonly value = h("input", { class: "rule-value", type: "text" });
  private readonly min = h("input", { class: "rule-min", type: "number", step: "any" });
  private readonly max = h("input", { class: "rule-max", type: "number", step: "any" });
  private readonly useColor = h("input", { class: "rule-use-colour", type: "checkbox", checked: true });
  private readonly color = h("input", { class: "rule-colour", type: "color", value: "#e67e22" });
  private readonly useSize = h("input", { class: "rule-use-size", type: "checkbox" });
  private readonly size = h("input", {
    class: "rule-size",
    type: "number",
    min: "2",
    max: "40",
    value: "14",
  });
  private readonly head = h("h4", {});
  private readonly addBtn = h("button", { type: "button", class: "btn small rule-add" });

  constructor(private readonly store: StoreLike) {
    this.addBtn.addEventListener("click", () => this.add());
    this.kind.addEventListener("change", () => this.showFields());
    this.target.addEventListener("change", () => this.targetChanged());
    this.el = h(
      "div",
      { class: "style-rules-panel" },
      this.head,
      h(
        "div",
        { class: "rule-form" },
        this.target,
        this.nodeType,
        this.property,
        this.kind,
        this.value,
        this.min,
        this.max,
      ),
      h("div", { class: "rule-form" }, this.useColor, this.color, this.useSize, this.size, this.addBtn),
      this.message,
      this.list,
    );
    this.labels();
    onLangChange(() => this.labels());
  }

  private get on(): RuleTarget {
    return this.target.value === "edge" ? "edge" : "node";
  }

  /** The type list and the size field follow the target: node types and radius, or relationship types and width. */
  private targetChanged(): void {
    const edge = this.on === "edge";
    clear(this.nodeType);
    this.nodeType.append(h("option", { value: "" }, t("ruleAnyType")));
    for (const type of edge ? REL_TYPES : NODE_TYPES)
      this.nodeType.append(h("option", { value: type }, edge ? relName(type) : typeName(type)));
    this.nodeType.setAttribute("aria-label", t(edge ? "ruleRelType" : "ruleType"));
    this.size.setAttribute("aria-label", t(edge ? "ruleWidthInput" : "ruleSize"));
    Object.assign(
      this.size,
      edge ? { min: "0.5", max: "12", step: "0.5" } : { min: "2", max: "40", step: "1" },
    );
    if (edge && Number(this.size.value) > 12) this.size.value = "3";
    if (!edge && Number(this.size.value) < 2) this.size.value = "14";
  }

  private labels(): void {
    const kind = this.kind.value || "range";
    const on = this.on;
    clear(this.target);
    this.target.append(
      h("option", { value: "node" }, t("ruleOnNodes")),
      h("option", { value: "edge" }, t("ruleOnEdges")),
    );
    this.target.value = on;
    this.target.setAttribute("aria-label", t("ruleOn"));
    clear(this.kind);
    const kinds: [RuleTest["kind"], StringKey][] = [
      ["equals", "ruleEquals"],
      ["range", "ruleRangeKind"],
      ["exists", "ruleExists"],
    ];
    for (const [v, k] of kinds) this.kind.append(h("option", { value: v }, t(k)));
    this.kind.value = kind;
    this.head.textContent = t("styleRules");
    this.addBtn.textContent = t("ruleAdd");
    for (const [el, key] of [
      [this.property, "ruleProperty"],
      [this.kind, "ruleCondition"],
      [this.value, "ruleValue"],
      [this.min, "ruleMin"],
      [this.max, "ruleMax"],
      [this.useColor, "ruleUseColour"],
      [this.color, "ruleColourInput"],
      [this.useSize, "ruleUseSize"],
    ] as const)
      el.setAttribute("aria-label", t(key));
    this.targetChanged();
    this.showFields();
    this.update();
  }

  private showFields(): void {
    const k = this.kind.value;
    this.value.hidden = k !== "equals";
    this.min.hidden = k !== "range";
    this.max.hidden = k !== "range";
  }

  private formRule(): StyleRule {
    const k = this.kind.value as RuleTest["kind"];
    const test: RuleTest =
      k === "equals"
        ? { kind: "equals", value: this.value.value }
        : k === "range"
          ? { kind: "range", min: num(this.min.value), max: num(this.max.value) }
          : { kind: "exists" };
    counter += 1;
    return {
      id: `r${Date.now().toString(36)}${counter}`,
      ...(this.on === "edge" ? { on: "edge" as const } : {}),
      nodeType: this.nodeType.value || null,
      property: this.property.value.trim(),
      test,
      color: this.useColor.checked ? this.color.value : null,
      size: this.useSize.checked ? Number(this.size.value) : null,
    };
  }

  private add(): void {
    const rule = this.formRule();
    const problem = checkRule(rule);
    this.message.hidden = !problem;
    this.message.textContent = problem ? t(problem) : "";
    if (!problem) this.store.dispatch({ type: "addStyleRule", rule });
  }

  /** The ordered list, from the state (called by the one subscription). */
  update(): void {
    clear(this.list);
    const rules = this.store.state.styleRules;
    for (const [i, r] of rules.entries()) {
      const sw = ruleSwatch(r);
      const btn = (label: string, cls: string, title: StringKey, on: () => void, off = false) => {
        const b = h("button", { type: "button", class: `btn small ${cls}`, title: t(title) }, label);
        b.setAttribute("aria-label", t(title));
        b.disabled = off;
        b.addEventListener("click", on);
        return b;
      };
      this.list.append(
        h(
          "li",
          { class: "style-rule", "data-rule": r.id },
          sw,
          h("span", { class: "rule-text" }, ruleText(r, typeName, t("ruleExists"), relName)),
          btn(
            "↑",
            "rule-up",
            "ruleUp",
            () => this.store.dispatch({ type: "moveStyleRule", id: r.id, by: -1 }),
            i === 0,
          ),
          btn(
            "↓",
            "rule-down",
            "ruleDown",
            () => this.store.dispatch({ type: "moveStyleRule", id: r.id, by: 1 }),
            i === rules.length - 1,
          ),
          btn("×", "rule-remove", "ruleRemove", () =>
            this.store.dispatch({ type: "removeStyleRule", id: r.id }),
          ),
        ),
      );
    }
  }
}
