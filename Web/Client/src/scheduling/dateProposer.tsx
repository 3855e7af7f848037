import { useRef, useState } from "preact/hooks";
import { t } from "../i18n";
import type { DateOptionDraft } from "../types";
import { Alert, Field, useAlert } from "../ui/components";
import { useId } from "../ui/uniqueId";

type Row = { key: number; date: string; time: string };

/**
 * The proposal of dates: rows of date and time (added and removed by buttons), and the place. The group's page (its
 * managers) and the meeting (its facilitator) start the same poll with it.
 */
export function Proposer({ start }: { start(options: DateOptionDraft[], place: string | null): Promise<void> }) {
  const id = useId();
  const [rows, setRows] = useState<Row[]>([{ key: 0, date: "", time: "" }]);
  const [place, setPlace] = useState("");
  const add = useRef<HTMLButtonElement>(null);
  const alert = useAlert();
  const set = (key: number, change: Partial<Row>) => setRows(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const submit = (event: Event) => {
    event.preventDefault();
    const filled = rows.filter((r) => r.date && r.time);
    if (filled.length === 0) {
      alert.show(t("datePoll.needDates"));
      return;
    }
    void alert.run(() => start(filled.map((r) => ({ date: r.date, time: `${r.time}:00` })), place.trim() || null));
  };
  return (
    <form class="panel date-proposer" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t("datePoll.propose")}</h3>
      <Alert message={alert.message} />
      {rows.map((r, index) => (
        <fieldset key={r.key} class="form-row">
          <legend>{t("datePoll.option", { n: index + 1 })}</legend>
          <Field id={`${id}-date-${r.key}`} label={t("datePoll.date")}>
            <input id={`${id}-date-${r.key}`} type="date" value={r.date} onInput={(e) => set(r.key, { date: e.currentTarget.value })} />
          </Field>
          <Field id={`${id}-time-${r.key}`} label={t("datePoll.time")}>
            <input id={`${id}-time-${r.key}`} type="time" step={60} value={r.time} onInput={(e) => set(r.key, { time: e.currentTarget.value })} />
          </Field>
          {rows.length > 1 ? (
            <button
              type="button"
              class="link-button"
              onClick={() => {
                // The pressed button goes with its row: the focus goes to "add another date".
                setRows(rows.filter((x) => x.key !== r.key));
                add.current?.focus();
              }}
            >
              {t("datePoll.removeOption", { n: index + 1 })}
            </button>
          ) : null}
        </fieldset>
      ))}
      <button ref={add} type="button" class="date-add" onClick={() => setRows([...rows, { key: Math.max(...rows.map((r) => r.key)) + 1, date: "", time: "" }])}>
        {t("datePoll.addOption")}
      </button>
      <Field id={`${id}-place`} label={t("datePoll.place")}>
        <input id={`${id}-place`} type="text" maxLength={300} autocomplete="off" value={place} onInput={(e) => setPlace(e.currentTarget.value)} />
      </Field>
      <div class="date-poll-actions">
        <button type="submit" class="primary">
          {t("datePoll.start")}
        </button>
      </div>
    </form>
  );
}
