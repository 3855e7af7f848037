import { useEffect, useState } from "preact/hooks";
import { useId } from "../ui/uniqueId";
import { get } from "../api";
import { errorMessage } from "../errors";
import { t } from "../i18n";
import type { MeetingCommands } from "../meetings/commands";
import type { AgendaItem, MeetingIntention } from "../types";
import { Alert, Field } from "../ui/components";
import { GuestInvite } from "./guestInvite";
import { intentionName } from "./intentionPoll";

type Run = (action: () => Promise<unknown>) => Promise<void>;

/**
 * The intentions of an agenda item; facilitators put each to the vote as the working group's opinion or the steering
 * group's decision, or several at once as one block decision; and invite the provider's representative as a guest.
 */
export function IntentionItemControls(props: { meetingId: string; item: AgendaItem; facilitating: boolean; commands: MeetingCommands; run: Run }) {
  const { meetingId, item, facilitating, commands, run } = props;
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
                <GuestInvite meetingId={meetingId} intention={i} />
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

/**
 * Adds an item for intentions the facilitator picks from those waiting for this meeting: a working group's meeting
 * offers its group's intentions awaiting the opinion, the call's steering meeting those awaiting the decision.
 */
export function IntentionItemForm({ meetingId, onAgenda, commands, run }: { meetingId: string; onAgenda: ReadonlySet<string>; commands: MeetingCommands; run: Run }) {
  const minutesId = useId();
  const [open, setOpen] = useState(false);
  const [offered, setOffered] = useState<MeetingIntention[] | null>(null);
  const [failure, setFailure] = useState("");
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [minutes, setMinutes] = useState(15);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    if (!open) return;
    let current = true;
    setOffered(null);
    setFailure("");
    get<MeetingIntention[]>(`/api/meetings/${meetingId}/intentions`).then(
      (list) => current && setOffered(list),
      (e: unknown) => current && setFailure(errorMessage(e)),
    );
    return () => {
      current = false;
    };
  }, [open, meetingId]);
  const toggle = (id: string) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const submit = (event: Event) => {
    event.preventDefault();
    const ids = (offered ?? []).map((i) => i.intentionId).filter((id) => chosen.has(id));
    setInvalid(ids.length === 0);
    if (ids.length === 0) return;
    void run(async () => {
      await commands.addIntentionItem(ids, minutes);
      setChosen(new Set());
    });
  };
  return (
    <details class="intention-item-form" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t("intentionVote.addItem")}</summary>
      <form onSubmit={submit} novalidate>
        <fieldset aria-invalid={invalid ? "true" : undefined}>
          <legend>{t("intentionVote.pick")}</legend>
          {offered === null && failure === "" ? <p role="status">{t("intentionVote.pickLoading")}</p> : null}
          {offered?.length === 0 ? <p>{t("intentionVote.pickNone")}</p> : null}
          <ul class="intention-choices">
            {(offered ?? []).map((i) => (
              <li key={i.intentionId}>
                <label>
                  <input type="checkbox" checked={chosen.has(i.intentionId)} onChange={() => toggle(i.intentionId)} />
                  <span>
                    {`${i.providerName ?? "—"} – ${i.serviceName ?? "—"}`}
                    <span class="hint">
                      {` (${t(`intentionVote.step.${i.step}`)}${onAgenda.has(i.intentionId) ? `, ${t("intentionVote.onAgenda")}` : ""}; ${i.callTitle})`}
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <Alert message={failure || (invalid ? t("intentionVote.pickInvalid") : "")} />
        <Field id={minutesId} label={t("intentionVote.minutes")}>
          <input id={minutesId} type="number" min={1} max={600} value={minutes} onInput={(e) => setMinutes(Number(e.currentTarget.value) || 15)} />
        </Field>
        <button type="submit">{t("intentionVote.addItemSubmit")}</button>
      </form>
    </details>
  );
}
