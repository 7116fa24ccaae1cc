/**
 * Style rules (Bloom's rule-based styling): a form that adds a rule (type or any, property, equals / range /
 * exists, colour and/or size) and the ordered list with up, down and remove. Each is one store action (undo
 * and redo cover them); the renderer applies them in its node reducer.
 */
import { NODE_TYPES } from "../../../contracts/graph";
import { onLangChange, type StringKey, t, typeName } from "../i18n";
import { checkRule, type RuleTest, ruleText, type StyleRule } from "../model/styleRules";
import { clear, h } from "./dom";
import type { StoreLike } from "./storeLike";

let counter = 0;
const num = (v: string): number | null => (v.trim() === "" ? null : Number(v));

export class StyleRulesPanel {
  readonly el: HTMLElement;
  private readonly list = h("ol", { class: "style-rules" });
  private readonly message = h("p", { class: "error small style-rule-message", role: "alert", hidden: true });
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
    this.el = h(
      "div",
      { class: "style-rules-panel" },
      this.head,
      h(
        "div",
        { class: "rule-form" },
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

  private labels(): void {
    const kind = this.kind.value || "range";
    clear(this.nodeType);
    this.nodeType.append(h("option", { value: "" }, t("ruleAnyType")));
    for (const type of NODE_TYPES) this.nodeType.append(h("option", { value: type }, typeName(type)));
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
      [this.nodeType, "ruleType"],
      [this.property, "ruleProperty"],
      [this.kind, "ruleCondition"],
      [this.value, "ruleValue"],
      [this.min, "ruleMin"],
      [this.max, "ruleMax"],
      [this.useColor, "ruleUseColour"],
      [this.color, "ruleColourInput"],
      [this.useSize, "ruleUseSize"],
      [this.size, "ruleSize"],
    ] as const)
      el.setAttribute("aria-label", t(key));
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
      const sw = h("span", { class: "legend-swatch", "aria-hidden": "true" }, r.size ? "●" : "");
      if (r.color) sw.style.background = r.color;
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
          h("span", { class: "rule-text" }, ruleText(r, typeName, t("ruleExists"))),
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
