import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { useId } from "../ui/uniqueId";
import { get, send } from "../api";
import { t } from "../i18n";
import type { AttendanceOrder, RecordForm, RecorderForm } from "../types";
import { Alert, Field, useAlert } from "../ui/components";

const ATTENDANCE_ORDERS: readonly AttendanceOrder[] = ["AsEntered", "BySurname"];
const RECORDER_FORMS: readonly RecorderForm[] = ["Unspecified", "Feminine", "Masculine"];
const OPTIONAL_LINES = ["showFacilitator", "showHeadCount", "showApproval"] as const;
type TextKey = "heading" | "titlePattern" | "scheduleTitle" | "scheduleNote";

/**
 * The group's form of its minutes, as the town writes them: the heading line, the title's pattern, which optional
 * lines appear, the order of attendance, the recorder's "zapsal/zapsala", the schedule's title and note. The group's
 * managers set it; every export of its minutes follows it.
 */
export function RecordFormSection({ groupId }: { groupId: string }) {
  const id = useId();
  const alert = useAlert();
  const [form, setForm] = useState<RecordForm | null>(null);
  const [saved, setSaved] = useState("");
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void alert.run(async () => setForm(await get<RecordForm>(`/api/working-groups/${groupId}/record-form`)));
  }, [groupId]);

  const change = (patch: Partial<RecordForm>) => {
    setForm((current) => ({ ...current!, ...patch }));
    setSaved("");
  };
  const text = (key: TextKey) => (event: Event) => change({ [key]: (event.currentTarget as HTMLInputElement).value });
  const submit = (event: Event) => {
    event.preventDefault();
    if (busy || !form) return;
    setBusy(true);
    void alert
      .run(async () => {
        const blank = (value: string | null) => (value?.trim() ? value : null);
        setForm(await send<RecordForm>("PUT", `/api/working-groups/${groupId}/record-form`, {
          ...form,
          heading: blank(form.heading),
          titlePattern: blank(form.titlePattern),
          scheduleTitle: blank(form.scheduleTitle),
          scheduleNote: blank(form.scheduleNote),
        }));
        setSaved(t("recordForm.saved"));
      })
      .finally(() => setBusy(false));
  };

  return (
    <section aria-labelledby={`${id}-title`} class="record-form">
      <h2 id={`${id}-title`}>{t("recordForm.heading")}</h2>
      <p>{t("recordForm.intro")}</p>
      <Alert message={alert.message} />
      {form ? (
        <form onSubmit={submit} novalidate>
          <Field id={`${id}-heading`} label={t("recordForm.headingLine")} hint={t("recordForm.headingLineHint")}>
            <input id={`${id}-heading`} type="text" name="heading" maxLength={300} autocomplete="off" value={form.heading ?? ""} onInput={text("heading")} />
          </Field>
          <Field id={`${id}-pattern`} label={t("recordForm.titlePattern")} hint={t("recordForm.titlePatternHint")}>
            <input id={`${id}-pattern`} type="text" name="titlePattern" maxLength={300} autocomplete="off" value={form.titlePattern ?? ""} onInput={text("titlePattern")} />
          </Field>
          <fieldset>
            <legend>{t("recordForm.optionalLines")}</legend>
            {OPTIONAL_LINES.map((key) => (
              <label key={key}>
                <input type="checkbox" name={key} checked={form[key]} onChange={(event) => change({ [key]: event.currentTarget.checked })} />{" "}
                {t(`recordForm.${key}`)}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t("recordForm.attendanceOrder")}</legend>
            {ATTENDANCE_ORDERS.map((order) => (
              <label key={order}>
                <input type="radio" name="attendanceOrder" value={order} checked={form.attendanceOrder === order} onChange={() => change({ attendanceOrder: order })} />{" "}
                {t(`recordForm.attendance.${order}`)}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t("recordForm.recorderForm")}</legend>
            {RECORDER_FORMS.map((recorder) => (
              <label key={recorder}>
                <input type="radio" name="recorderForm" value={recorder} checked={form.recorderForm === recorder} onChange={() => change({ recorderForm: recorder })} />{" "}
                {t(`recordForm.recorder.${recorder}`)}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t("recordForm.tasks")}</legend>
            <label>
              <input type="checkbox" name="responsibleAsWritten" checked={form.responsibleAsWritten} onChange={(event) => change({ responsibleAsWritten: event.currentTarget.checked })} />{" "}
              {t("recordForm.responsibleAsWritten")}
            </label>
          </fieldset>
          <Field id={`${id}-schedule`} label={t("recordForm.scheduleTitle")} hint={t("recordForm.scheduleTitleHint")}>
            <input id={`${id}-schedule`} type="text" name="scheduleTitle" maxLength={300} autocomplete="off" value={form.scheduleTitle ?? ""} onInput={text("scheduleTitle")} />
          </Field>
          <Field id={`${id}-note`} label={t("recordForm.scheduleNote")}>
            <textarea id={`${id}-note`} name="scheduleNote" rows={2} maxLength={300} value={form.scheduleNote ?? ""} onInput={text("scheduleNote")} />
          </Field>
          <div class="form-actions">
            <button type="submit" class="primary" aria-disabled={busy ? "true" : undefined}>
              {t("recordForm.save")}
            </button>
          </div>
          <p role="status" class="status">
            {saved}
          </p>
        </form>
      ) : null}
    </section>
  );
}

/** Mounts the section into an element the page keeps across its renders (the page is built with dom.ts). */
export function renderRecordForm(el: HTMLElement, groupId: string): HTMLElement {
  render(<RecordFormSection groupId={groupId} />, el);
  return el;
}
