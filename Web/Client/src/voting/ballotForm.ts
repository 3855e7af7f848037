import { h, uid } from "../dom";
import { t } from "../i18n";
import type { PollDraft, PollView } from "../types";
import { DotSteppers } from "./dotStepper";

/** The options as this viewer reads them: the standard opinions in their language, others as written. */
export function optionLabels(d: PollDraft): string[] {
  return d.standardOptions ? d.options.map((_, i) => t(`poll.opinion.${i}`)) : d.options;
}

/** The voting controls of one poll, by kind; `values()` reads them as the server's one-number-per-option ballot. */
export interface BallotControls {
  el: HTMLElement;
  values(): number[];
  set(values: number[]): void;
}

export function ballotControls(poll: PollView): BallotControls {
  const d = poll.draft;
  const name = uid("ballot");
  const legend = h("legend", {}, d.question);
  const labels = optionLabels(d);
  switch (d.kind) {
    case "YesNoAbstain":
    case "SingleChoice":
    case "MultipleChoice": {
      const type = d.kind === "MultipleChoice" ? "checkbox" : "radio";
      const inputs = d.options.map((_, i) => h("input", { type, name, value: String(i), id: `${name}-${i}` }));
      const el = h(
        "fieldset",
        { class: "ballot" },
        legend,
        d.kind === "MultipleChoice" ? h("p", { class: "hint" }, t("poll.chooseUpTo", { count: d.maxChoices ?? 1 })) : null,
        labels.map((label, i) => h("div", { class: "choice" }, inputs[i], h("label", { for: inputs[i].id }, label))),
      );
      return {
        el,
        values: () => inputs.map((x) => (x.checked ? 1 : 0)),
        set: (values) => inputs.forEach((x, i) => (x.checked = values[i] === 1)),
      };
    }
    case "DotVoting": {
      const dots = d.dots ?? 1;
      const steppers = new DotSteppers({ total: dots, maxEach: d.stackDots ? dots : 1 });
      const el = h("fieldset", { class: "ballot" }, legend, steppers.leftEl, labels.map((label, i) => steppers.row(String(i), label)));
      return {
        el,
        values: () => labels.map((_, i) => steppers.current().get(String(i)) ?? 0),
        set: (values) => steppers.set(values.map((v, i) => [String(i), v])),
      };
    }
    case "Ranking":
    case "Score": {
      const range =
        d.kind === "Ranking"
          ? ["0", ...d.options.map((_, i) => String(i + 1))]
          : Array.from({ length: (d.scoreMax ?? 5) - (d.scoreMin ?? 1) + 1 }, (_, i) => String((d.scoreMin ?? 1) + i));
      const selects = d.options.map((_, i) => {
        const select = h("select", { id: `${name}-${i}` });
        for (const v of range) select.append(h("option", { value: v }, d.kind === "Ranking" && v === "0" ? t("poll.unranked") : v));
        return select;
      });
      const el = h(
        "fieldset",
        { class: "ballot" },
        legend,
        h("p", { class: "hint" }, d.kind === "Ranking" ? t("poll.rankHint") : t("poll.scoreHint", { min: d.scoreMin ?? 1, max: d.scoreMax ?? 5 })),
        labels.map((label, i) => h("div", { class: "choice ranked" }, h("label", { for: selects[i].id }, label), selects[i])),
      );
      return {
        el,
        values: () => selects.map((s) => Number(s.value)),
        set: (values) => selects.forEach((s, i) => (s.value = String(values[i] ?? range[0]))),
      };
    }
  }
}
