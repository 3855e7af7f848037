import type { ReadonlySignal } from "@preact/signals";
import { useMemo, useState } from "preact/hooks";
import { useId } from "../ui/uniqueId";
import { formatDateTime } from "../format";
import { currentLanguage, t } from "../i18n";
import type { MeetingState } from "../live/meetingState";
import type { MeetingCommands } from "../meetings/commands";
import { isFacilitator, mayDownloadRecords } from "../meetings/panel";
import type { ActionItem, MinutesFooter, MinutesVersionInfo } from "../types";
import { Alert, Field, Mount, useAlert } from "../ui/components";
import { minutesLinks, publicMinutesLinks } from "./downloads";
import type { MinutesNotes } from "./minutesNotes";
import { TaskList } from "./taskList";
import "./records.css";

export interface MinutesProps {
  state: ReadonlySignal<MeetingState>;
  notes: MinutesNotes;
  commands: MeetingCommands;
  meetingId: string;
  /** A polite message for screen readers (the page's one announcer). */
  announce(message: string): void;
}

type Run = (action: () => Promise<unknown>) => Promise<void>;

/**
 * The minutes, live: per agenda item ("Ad 1)") the notes everyone taking part writes together (mounted once, see
 * minutesNotes.ts) and the item's tasks; tasks under no item and those carried over from the group's previous
 * meeting; the footer, approval and the approved versions with their downloads.
 */
export function MinutesPanel({ state, notes, commands, meetingId, announce }: MinutesProps) {
  const s = state.value;
  notes.shown.value; // re-render when an item's editor comes or goes
  const alert = useAlert();
  const facilitates = isFacilitator(s);
  const items = s.agenda.items;
  const review = items.find((i) => i.kind === "TaskReview");
  // Carried-over tasks go under the task review item if there is one, else with the rest.
  const carried = (task: ActionItem) => task.agendaItemId === null && task.originMeetingId !== meetingId;
  const tasks = (props: { tasks: ActionItem[]; agendaItemId: string | null; heading: string; level?: "h3" | "h4" }) => (
    <TaskList {...props} mayEdit={facilitates} commands={commands} meetingId={meetingId} />
  );
  const hasCarried = s.actionItems.some(carried);
  return (
    <section class="panel minutes" aria-labelledby="minutes-title">
      <h2 id="minutes-title">{t("minutes.heading")}</h2>
      <Alert message={alert.message || notes.failure.value} />
      <div class="minutes-items">
        {items.length === 0 ? <p>{t("minutes.noAgenda")}</p> : null}
        {items.map((item, index) => {
          const editor = notes.of(item.id);
          return editor ? (
            <div key={item.id} class="minutes-item" data-agenda-item={item.id}>
              {facilitates && index > 0 ? (
                <Continues
                  checked={s.minutes.continuingItems?.includes(item.id) ?? false}
                  before={items[index - 1].title}
                  set={(continues) => alert.run(() => commands.execute({ type: "setMinutesItemContinues", agendaItemId: item.id, continues }))}
                />
              ) : null}
              <Mount el={editor} />
              {tasks({ tasks: s.actionItems.filter((task) => task.agendaItemId === item.id || (review?.id === item.id && carried(task))), agendaItemId: item.id, heading: t("minutes.itemTasks") })}
            </div>
          ) : null;
        })}
      </div>
      <div class="minutes-other">
        {tasks({ tasks: s.actionItems.filter((task) => task.agendaItemId === null && !(review && carried(task))), agendaItemId: null, heading: t("minutes.otherTasks"), level: "h3" })}
        {facilitates ? (
          <div class="carry-tools item-actions">
            <button type="button" onClick={() => void alert.run(() => commands.carryOverActionItems())}>
              {t("tasks.carryOver")}
            </button>
            {hasCarried && !review ? (
              <button
                type="button"
                onClick={() => void alert.run(() => commands.addAgendaItem({ title: t("agendaKind.TaskReview"), presenter: null, plannedMinutes: 10, kind: "TaskReview" }, 0))}
              >
                {t("tasks.addReviewItem")}
              </button>
            ) : null}
          </div>
        ) : null}
      </div>
      <div class="minutes-footer">
        {facilitates ? (
          <FooterForm footer={s.minutes.footer} save={(footer) => commands.setMinutesFooter(footer)} announce={announce} />
        ) : s.minutes.footer.recordedBy ? (
          <p>{`${t("minutes.recordedBy")}: ${s.minutes.footer.recordedBy}`}</p>
        ) : null}
      </div>
      <Versions s={s} meetingId={meetingId} facilitates={facilitates} commands={commands} announce={announce} alert={alert} />
    </section>
  );
}

/**
 * "Pokračování bodu …": the item continues the programme item before it, so the minutes give it the same "Ad" number
 * (a programme item the record writes in two blocks). The checkbox shows the server's state; a change is a command.
 */
function Continues({ checked, before, set }: { checked: boolean; before: string; set(continues: boolean): Promise<unknown> }) {
  return (
    <label class="minutes-continues">
      <input type="checkbox" checked={checked} onChange={(event) => void set(event.currentTarget.checked)} /> {t("minutes.continues", { title: before })}
    </label>
  );
}

/**
 * Who recorded the minutes, where they are signed and the day they were written (the footer's date; empty: the day
 * they are approved, never the day of an export); what the facilitator types is theirs until saved.
 */
function FooterForm({ footer, save, announce }: { footer: MinutesFooter; save(footer: MinutesFooter): Promise<unknown>; announce(message: string): void }) {
  const id = useId();
  const alert = useAlert();
  const [typed, setTyped] = useState<{ recordedBy?: string; signedAt?: string; writtenOn?: string }>({});
  const [busy, setBusy] = useState(false);
  const recordedBy = typed.recordedBy ?? footer.recordedBy ?? "";
  const signedAt = typed.signedAt ?? footer.signedAt ?? "";
  const writtenOn = typed.writtenOn ?? footer.writtenOn ?? "";
  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    await alert.run(async () => {
      await save({ recordedBy: recordedBy.trim() || null, signedAt: signedAt.trim() || null, writtenOn: writtenOn || null });
      setTyped({});
      announce(t("minutes.footerSaved"));
    });
    setBusy(false);
  };
  return (
    <form class="footer-form" aria-labelledby="minutes-footer-title" onSubmit={submit}>
      <h3 id="minutes-footer-title">{t("minutes.footer")}</h3>
      <div class="form-row">
        <Field id={`${id}-by`} label={t("minutes.recordedBy")}>
          <input id={`${id}-by`} type="text" name="recordedBy" maxLength={200} autocomplete="name" value={recordedBy} onInput={(event) => setTyped((f) => ({ ...f, recordedBy: event.currentTarget.value }))} />
        </Field>
        <Field id={`${id}-signed`} label={t("minutes.signedAt")} hint={t("minutes.signedAtHint")}>
          <input id={`${id}-signed`} type="text" name="signedAt" maxLength={200} value={signedAt} onInput={(event) => setTyped((f) => ({ ...f, signedAt: event.currentTarget.value }))} />
        </Field>
        <Field id={`${id}-written`} label={t("minutes.writtenOn")} hint={t("minutes.writtenOnHint")}>
          <input id={`${id}-written`} type="date" name="writtenOn" value={writtenOn} onInput={(event) => setTyped((f) => ({ ...f, writtenOn: event.currentTarget.value }))} />
        </Field>
      </div>
      <Alert message={alert.message} />
      <button type="submit" aria-disabled={busy ? "true" : undefined}>
        {t("minutes.saveFooter")}
      </button>
    </form>
  );
}

interface VersionsProps {
  s: MeetingState;
  meetingId: string;
  facilitates: boolean;
  commands: MeetingCommands;
  announce(message: string): void;
  alert: { run: Run; show(message: string): void };
}

/**
 * The draft's downloads, approval, and the approved versions. The members' files name everyone, so observers are
 * offered instead the public version of the latest approved minutes (people as the public sees them).
 */
function Versions({ s, meetingId, facilitates, commands, announce, alert }: VersionsProps) {
  const draftId = useId();
  const minutes = s.minutes;
  const downloads = mayDownloadRecords(s);
  const approve = () => {
    if (window.confirm(t("minutes.approveConfirm")))
      void alert.run(async () => {
        await commands.approveMinutes();
        announce(t("minutes.approved"));
      });
  };
  return (
    <div class="minutes-versions">
      <h3>{t("minutes.versions")}</h3>
      {downloads ? <p id={draftId}>{facilitates || minutes.versions.length === 0 ? t("minutes.draft") : t("minutes.draftAlso")}</p> : null}
      {downloads ? <Downloads meetingId={meetingId} version={null} describedBy={draftId} error={alert.show} /> : null}
      {facilitates ? (
        <button type="button" class="primary" onClick={approve}>
          {t("minutes.approve")}
        </button>
      ) : null}
      {!downloads && minutes.versions.length > 0 ? <PublicVersion meetingId={meetingId} error={alert.show} /> : null}
      {minutes.versions.length === 0 ? (
        <p>{t("minutes.noVersions")}</p>
      ) : (
        <ol class="versions" reversed>
          {[...minutes.versions].reverse().map((v) => (
            <li key={v.number} data-version={v.number}>
              <p id={`${draftId}-v${v.number}`}>{versionLine(v)}</p>
              {downloads ? <Downloads meetingId={meetingId} version={v.number} describedBy={`${draftId}-v${v.number}`} error={alert.show} /> : null}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** "Verze 1, schválena … (name)"; the public is not told who approved (the server sends them no name). */
function versionLine(v: MinutesVersionInfo): string {
  const at = formatDateTime(v.approvedAt);
  return v.approvedByName ? t("minutes.version", { number: v.number, at, name: v.approvedByName }) : t("minutes.versionUnnamed", { number: v.number, at });
}

/** "Zápis (veřejná verze)" with its files in every format. */
function PublicVersion({ meetingId, error }: { meetingId: string; error(message: string): void }) {
  const id = useId();
  const links = useMemo(() => publicMinutesLinks(meetingId, `${id}-hint`, error), [meetingId, id, currentLanguage()]);
  return (
    <section class="public-minutes" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t("minutes.publicVersion")}</h4>
      <p id={`${id}-hint`}>{t("minutes.publicVersionHint")}</p>
      <Mount el={links} />
    </section>
  );
}

/** The links to one version in every format (made once: records/downloads.ts builds them for other pages too). */
function Downloads({ meetingId, version, describedBy, error }: { meetingId: string; version: number | null; describedBy: string; error(message: string): void }) {
  const links = useMemo(() => minutesLinks(meetingId, version, describedBy, error), [meetingId, version, describedBy, currentLanguage()]);
  return <Mount el={links} />;
}
