import { useId, useState } from "preact/hooks";
import { t } from "../i18n";
import type { MeetingCommands } from "../meetings/commands";
import type { AgendaItem } from "../types";
import { Alert, Field } from "../ui/components";
import { intentionName } from "./intentionPoll";

type Run = (action: () => Promise<unknown>) => Promise<void>;

/**
 * The intentions of an agenda item; facilitators put each to the vote as the working group's opinion or the steering
 * group's decision, or several at once as one block decision.
 */
export function IntentionItemControls({ item, facilitating, commands, run }: { item: AgendaItem; facilitating: boolean; commands: MeetingCommands; run: Run }) {
  const intentions = item.intentions ?? [];
  if (intentions.length === 0) return null;
  const poll = (ids: string[], kind: "Opinion" | "Decision") => () => void run(() => commands.createIntentionPoll(item.id, ids, kind));
  return (
    <div class="intention-item">
      <ul class="intention-list">
        {intentions.map((i) => (
          <li key={i.intentionId}>
            {intentionName(i)}
            {facilitating ? (
              <div class="item-actions">
                <button type="button" class="link-button" onClick={poll([i.intentionId], "Opinion")}>
                  {t("intentionVote.createOpinion")}
                  <span class="visually-hidden">{`: ${intentionName(i)}`}</span>
                </button>
                <button type="button" class="link-button" onClick={poll([i.intentionId], "Decision")}>
                  {t("intentionVote.createDecision")}
                  <span class="visually-hidden">{`: ${intentionName(i)}`}</span>
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {facilitating && intentions.length > 1 ? (
        <button type="button" onClick={poll(intentions.map((i) => i.intentionId), "Decision")}>
          {t("intentionVote.createBlock", { count: intentions.length })}
        </button>
      ) : null}
    </div>
  );
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Adds an item for intentions, named by their identifiers (from the intention's page), one a line. */
export function IntentionItemForm({ commands, run }: { commands: MeetingCommands; run: Run }) {
  const idsId = useId();
  const minutesId = useId();
  const [ids, setIds] = useState("");
  const [minutes, setMinutes] = useState(15);
  const [invalid, setInvalid] = useState(false);
  const submit = (event: Event) => {
    event.preventDefault();
    const list = ids.split(/\s+/).filter(Boolean);
    const wrong = list.length === 0 || !list.every((id) => GUID.test(id));
    setInvalid(wrong);
    if (wrong) return;
    void run(async () => {
      await commands.addIntentionItem(list, minutes);
      setIds("");
    });
  };
  return (
    <details class="intention-item-form">
      <summary>{t("intentionVote.addItem")}</summary>
      <form onSubmit={submit} novalidate>
        <Field id={idsId} label={t("intentionVote.ids")} required hint={t("intentionVote.idsHint")}>
          <textarea id={idsId} rows={3} value={ids} aria-invalid={invalid ? "true" : undefined} required onInput={(e) => setIds(e.currentTarget.value)} />
        </Field>
        <Alert message={invalid ? t("intentionVote.idsInvalid") : ""} />
        <Field id={minutesId} label={t("intentionVote.minutes")}>
          <input id={minutesId} type="number" min={1} max={600} value={minutes} onInput={(e) => setMinutes(Number(e.currentTarget.value) || 15)} />
        </Field>
        <button type="submit">{t("intentionVote.addItemSubmit")}</button>
      </form>
    </details>
  );
}
