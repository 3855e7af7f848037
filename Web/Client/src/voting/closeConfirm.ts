import { h } from "../dom";
import { t, tn } from "../i18n";
import type { PollView } from "../types";
import { inlineChoice } from "./inlineChoice";

export interface CloseConfirmActions {
  confirm(): void;
  /** Back: the poll stays open (also Escape). */
  cancel(): void;
}

/**
 * Asks before a poll closes (its result is then frozen and nobody can vote). Inline in the poll like the
 * low-turnout choice, which replaces it for a secret poll below its minimum turnout: that choice asks already.
 */
export function closeConfirmation(poll: PollView, id: string, actions: CloseConfirmActions): HTMLElement {
  return inlineChoice(
    {
      id,
      className: "turnout-choice close-confirm",
      title: t("poll.closeConfirm.title"),
      text: tn("poll.closeConfirm.text", poll.voterIds.length),
      cancel: () => actions.cancel(),
    },
    h("button", { type: "button", class: "primary", "data-focus-key": `${poll.id}:confirmClose`, onclick: () => actions.confirm() }, t("poll.closeConfirm.close")),
    h("button", { type: "button", "data-focus-key": `${poll.id}:keepOpen`, onclick: () => actions.cancel() }, t("poll.closeConfirm.cancel")),
  );
}
