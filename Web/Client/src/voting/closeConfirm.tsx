import { t, tn } from "../i18n";
import type { PollView } from "../types";
import { InlineChoice } from "./inlineChoice";

/**
 * Asks before a poll closes (its result is then frozen and nobody can vote). Inline in the poll like the
 * low-turnout choice, which replaces it for a secret poll below its minimum turnout: that choice asks already.
 */
export function CloseConfirmation({ poll, id, confirm, cancel }: { poll: PollView; id: string; confirm(): void; cancel(): void }) {
  return (
    <InlineChoice id={id} className="turnout-choice close-confirm" title={t("poll.closeConfirm.title")} text={tn("poll.closeConfirm.text", poll.voterIds.length)} cancel={cancel}>
      <button type="button" class="primary" onClick={confirm}>
        {t("poll.closeConfirm.close")}
      </button>
      <button type="button" onClick={cancel}>
        {t("poll.closeConfirm.cancel")}
      </button>
    </InlineChoice>
  );
}
