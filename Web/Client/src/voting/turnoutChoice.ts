import { h, uid } from "../dom";
import { t } from "../i18n";
import type { LowTurnoutChoice, PollView } from "../types";
import { inlineChoice } from "./inlineChoice";

export interface TurnoutChoiceActions {
  choose(choice: LowTurnoutChoice): void;
  /** Back: the poll stays open (also Escape). */
  cancel(): void;
}

/**
 * The facilitator's choice when a secret poll would close below the minimum turnout: withhold the result or
 * publish it anyway, each button described by its consequence.
 */
export function turnoutChoice(poll: PollView, id: string, actions: TurnoutChoiceActions): HTMLElement {
  const option = (choice: LowTurnoutChoice, label: string, hint: string, className: string) => {
    const hintId = uid("turnout-hint");
    return h(
      "div",
      { class: "turnout-option" },
      h("button", { type: "button", class: className, "aria-describedby": hintId, "data-focus-key": `${poll.id}:${choice}`, onclick: () => actions.choose(choice) }, label),
      h("p", { class: "hint", id: hintId }, hint),
    );
  };
  return inlineChoice(
    {
      id,
      className: "turnout-choice",
      title: t("poll.lowTurnout.title"),
      text: t("poll.lowTurnout.explain", { voted: poll.voterIds.length, minimum: poll.minimumTurnout ?? 0 }),
      cancel: () => actions.cancel(),
    },
    option("Withhold", t("poll.lowTurnout.withhold"), t("poll.lowTurnout.withholdHint"), "primary"),
    option("Publish", t("poll.lowTurnout.publish"), t("poll.lowTurnout.publishHint"), "danger"),
    h("button", { type: "button", "data-focus-key": `${poll.id}:keepOpen`, onclick: () => actions.cancel() }, t("poll.lowTurnout.cancel")),
  );
}
