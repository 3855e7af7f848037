import { h, uid } from "../dom";
import { t } from "../i18n";
import type { LowTurnoutChoice, PollView } from "../types";

export interface TurnoutChoiceActions {
  choose(choice: LowTurnoutChoice): void;
  /** Back: the poll stays open (also Escape). */
  cancel(): void;
}

/**
 * The facilitator's choice when a secret poll would close below the minimum turnout: withhold the result or
 * publish it anyway, each button described by its consequence. Inline in the poll, so live updates of the list
 * keep it (its buttons carry focus keys) and nothing traps the keyboard.
 */
export function turnoutChoice(poll: PollView, id: string, actions: TurnoutChoiceActions): HTMLElement {
  const titleId = uid("turnout");
  const textId = uid("turnout-text");
  const option = (choice: LowTurnoutChoice, label: string, hint: string, className: string) => {
    const hintId = uid("turnout-hint");
    return h(
      "div",
      { class: "turnout-option" },
      h("button", { type: "button", class: className, "aria-describedby": hintId, "data-focus-key": `${poll.id}:${choice}`, onclick: () => actions.choose(choice) }, label),
      h("p", { class: "hint", id: hintId }, hint),
    );
  };
  return h(
    "div",
    {
      class: "turnout-choice",
      id,
      role: "group",
      "aria-labelledby": titleId,
      "aria-describedby": textId,
      onkeydown: (event: Event) => {
        if ((event as KeyboardEvent).key === "Escape") {
          event.preventDefault();
          actions.cancel();
        }
      },
    },
    h("h4", { id: titleId }, t("poll.lowTurnout.title")),
    h("p", { id: textId }, t("poll.lowTurnout.explain", { voted: poll.voterIds.length, minimum: poll.minimumTurnout ?? 0 })),
    option("Withhold", t("poll.lowTurnout.withhold"), t("poll.lowTurnout.withholdHint"), "primary"),
    option("Publish", t("poll.lowTurnout.publish"), t("poll.lowTurnout.publishHint"), "danger"),
    h("button", { type: "button", "data-focus-key": `${poll.id}:keepOpen`, onclick: () => actions.cancel() }, t("poll.lowTurnout.cancel")),
  );
}
