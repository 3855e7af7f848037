import { h, uid } from "../dom";
import { t } from "../i18n";
import type { PollView } from "../types";

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
  const titleId = uid("close-confirm");
  const textId = uid("close-confirm-text");
  return h(
    "div",
    {
      class: "turnout-choice close-confirm",
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
    h("h4", { id: titleId }, t("poll.closeConfirm.title")),
    h("p", { id: textId }, t("poll.closeConfirm.text", { count: poll.voterIds.length })),
    h("button", { type: "button", class: "primary", "data-focus-key": `${poll.id}:confirmClose`, onclick: () => actions.confirm() }, t("poll.closeConfirm.close")),
    h("button", { type: "button", "data-focus-key": `${poll.id}:keepOpen`, onclick: () => actions.cancel() }, t("poll.closeConfirm.cancel")),
  );
}
