import { useId } from "../ui/uniqueId";
import { t } from "../i18n";
import type { LowTurnoutChoice, PollView } from "../types";
import { InlineChoice } from "./inlineChoice";

/**
 * The facilitator's choice when a secret poll would close below the minimum turnout: withhold the result or
 * publish it anyway, each button described by its consequence; back keeps the poll open (also Escape).
 */
export function TurnoutChoice({ poll, id, choose, cancel }: { poll: PollView; id: string; choose(choice: LowTurnoutChoice): void; cancel(): void }) {
  return (
    <InlineChoice
      id={id}
      className="turnout-choice"
      title={t("poll.lowTurnout.title")}
      text={t("poll.lowTurnout.explain", { voted: poll.voterIds.length, minimum: poll.minimumTurnout ?? 0 })}
      cancel={cancel}
    >
      <TurnoutOption label={t("poll.lowTurnout.withhold")} hint={t("poll.lowTurnout.withholdHint")} className="primary" choose={() => choose("Withhold")} />
      <TurnoutOption label={t("poll.lowTurnout.publish")} hint={t("poll.lowTurnout.publishHint")} className="danger" choose={() => choose("Publish")} />
      <button type="button" onClick={cancel}>
        {t("poll.lowTurnout.cancel")}
      </button>
    </InlineChoice>
  );
}

function TurnoutOption({ label, hint, className, choose }: { label: string; hint: string; className: string; choose(): void }) {
  const id = useId();
  return (
    <div class="turnout-option">
      <button type="button" class={className} aria-describedby={id} onClick={choose}>
        {label}
      </button>
      <p class="hint" id={id}>
        {hint}
      </p>
    </div>
  );
}
