import { h, uid } from "../dom";
import { t, tn } from "../i18n";
import { dotsLeft, fitted, mayAdd, mayRemove, step, type DotLimits } from "./dotBudget";

/**
 * One voter's dots over several options, set with − and + buttons (no number boxes to type too much into). The
 * buttons name their option; one that cannot be used is aria-disabled rather than disabled, so the focus stays on
 * it when the last dot is placed. The line of dots left is a polite live region.
 */
export class DotSteppers {
  readonly leftEl = h("p", { class: "dots-left", "aria-live": "polite" });
  private values = new Map<string, number>();
  /** Whether the voter pressed anything yet: until then a later copy of their saved dots may replace these. */
  private touched = false;
  private readonly rows = new Map<string, { el: HTMLElement; count: HTMLElement; minus: HTMLButtonElement; plus: HTMLButtonElement }>();

  constructor(
    private limits: DotLimits,
    private readonly onChange: () => void = () => undefined,
  ) {
    this.refresh();
  }

  /** The stepper of one option; the same element across re-renders, so focus and value survive. */
  row(key: string, label: string, focusKey?: string, showLabel = true): HTMLElement {
    const existing = this.rows.get(key);
    if (existing) return existing.el;
    if (!this.values.has(key)) this.values.set(key, 0);
    const labelId = uid("dots-label");
    const count = h("span", { class: "dot-count", id: uid("dots-count") });
    const button = (delta: 1 | -1, text: string, name: string) =>
      h(
        "button",
        {
          type: "button",
          class: "stepper",
          "aria-label": t(name, { option: label }),
          "aria-describedby": count.id,
          "data-focus-key": focusKey ? `${focusKey}:${delta > 0 ? "plus" : "minus"}` : null,
          onclick: () => this.press(key, delta),
        },
        text,
      );
    const minus = button(-1, "−", "dots.remove");
    const plus = button(1, "+", "dots.add");
    const el = h("div", { class: "dot-stepper", role: "group", "aria-labelledby": `${labelId} ${count.id}` }, h("span", { class: showLabel ? "dot-label" : "visually-hidden", id: labelId }, label), minus, count, plus);
    this.rows.set(key, { el, count, minus, plus });
    this.refresh();
    return el;
  }

  current(): Map<string, number> {
    return new Map(this.values);
  }

  /** Takes an allocation from elsewhere (the server's, a saved ballot) and the round's limits. */
  set(entries: Iterable<[string, number]>, limits: DotLimits = this.limits): void {
    this.limits = limits;
    const given = new Map(entries);
    this.values = fitted([...this.rows.keys(), ...given.keys()].filter((k, i, all) => all.indexOf(k) === i).map((k) => [k, given.get(k) ?? 0]), limits);
    this.refresh();
  }

  /** The voter's saved dots, arriving after the steppers were made; ignored once the voter has pressed anything. */
  load(entries: Iterable<[string, number]>): void {
    if (!this.touched) this.set(entries);
  }

  /** Forgets options no longer there (merged or removed). */
  keep(keys: ReadonlySet<string>): void {
    for (const key of [...this.rows.keys()]) {
      if (!keys.has(key)) {
        this.rows.delete(key);
        this.values.delete(key);
      }
    }
    this.refresh();
  }

  private press(key: string, delta: 1 | -1): void {
    this.touched = true;
    this.values = step(this.values, key, delta, this.limits);
    this.refresh();
    this.onChange();
  }

  private refresh(): void {
    for (const [key, row] of this.rows) {
      row.count.textContent = tn("dots.count", this.values.get(key) ?? 0);
      row.minus.setAttribute("aria-disabled", String(!mayRemove(this.values, key)));
      row.plus.setAttribute("aria-disabled", String(!mayAdd(this.values, key, this.limits)));
    }
    this.leftEl.textContent = tn("dots.left", dotsLeft(this.values.values(), this.limits), { total: this.limits.total });
  }
}
