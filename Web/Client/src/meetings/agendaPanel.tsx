import type { ReadonlySignal } from "@preact/signals";
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { useId } from "../ui/uniqueId";
import { t } from "../i18n";
import { shownFocus, type MeetingState } from "../live/meetingState";
import { formatDuration } from "../live/serverClock";
import { AGENDA_ITEM_KINDS, type Agenda, type AgendaItem, type AgendaItemDraft, type AgendaItemKind } from "../types";
import { Alert, Field, useAlert } from "../ui/components";
import type { MeetingCommands } from "./commands";
import { IntentionItemControls, IntentionItemForm } from "../voting/intentionItem";
import { mayFacilitate } from "./panel";

interface AgendaProps {
  state: ReadonlySignal<MeetingState>;
  /** The server's time now, ticking. */
  now: ReadonlySignal<number>;
  commands: MeetingCommands;
}

/**
 * The programme: numbered items, the current one marked and timed; the facilitator edits it live. A half-typed
 * edit is the component's own state, so live events (which re-render the list) never take it away.
 */
export function AgendaPanel({ state, now, commands }: AgendaProps) {
  const s = state.value;
  const agenda = s.agenda;
  const facilitating = mayFacilitate(s);
  const ended = s.details.phase === "Ended";
  const focus = shownFocus(s);
  const [editing, setEditing] = useState<string | null>(null);
  // After an edit is saved or cancelled the keyboard focus goes back to the item's edit button.
  const [refocus, setRefocus] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);
  useLayoutEffect(() => {
    if (refocus === null) return;
    list.current?.querySelector<HTMLElement>(`li[data-item="${CSS.escape(refocus)}"] .edit`)?.focus();
    setRefocus(null);
  }, [refocus]);
  const stopEditing = (itemId: string) => {
    setEditing(null);
    setRefocus(itemId);
  };
  const alert = useAlert();
  return (
    <section class="panel agenda-panel" aria-labelledby="agenda-title">
      <h2 id="agenda-title">{t("agenda.title")}</h2>
      {ended ? <p class="agenda-ended">{t("agenda.ended")}</p> : null}
      <Alert message={alert.message} />
      <ol class="agenda" ref={list}>
        {agenda.items.length === 0 ? <li class="empty">{t("agenda.empty")}</li> : null}
        {agenda.items.map((item, index) =>
          editing === item.id && facilitating ? (
            <li key={item.id} data-item={item.id} tabindex={-1}>
              <ItemForm
                item={item}
                save={async (draft) => {
                  await commands.updateAgendaItem(item.id, draft);
                  stopEditing(item.id);
                }}
                cancel={() => stopEditing(item.id)}
                run={alert.run}
              />
            </li>
          ) : (
            <AgendaRow
              key={item.id}
              meetingId={s.details.id}
              item={item}
              index={index}
              agenda={agenda}
              now={now}
              // After the end no item is being discussed or shown any more.
              current={item.id === agenda.currentItemId && !ended}
              presented={focus.kind === "AgendaItem" && focus.targetId === item.id}
              facilitating={facilitating}
              commands={commands}
              run={alert.run}
              edit={() => setEditing(item.id)}
            />
          ),
        )}
      </ol>
      {facilitating ? <ItemForm item={null} save={(draft) => commands.addAgendaItem(draft)} run={alert.run} /> : null}
      {facilitating && !ended ? (
        <IntentionItemForm
          meetingId={s.details.id}
          onAgenda={new Set(agenda.items.flatMap((i) => (i.intentions ?? []).map((x) => x.intentionId)))}
          commands={commands}
          run={alert.run}
        />
      ) : null}
    </section>
  );
}

interface RowProps {
  meetingId: string;
  item: AgendaItem;
  index: number;
  agenda: Agenda;
  now: ReadonlySignal<number>;
  current: boolean;
  presented: boolean;
  facilitating: boolean;
  commands: MeetingCommands;
  run: (action: () => Promise<unknown>) => Promise<void>;
  edit: () => void;
}

function AgendaRow({ meetingId, item, index, agenda, now, current, presented, facilitating, commands, run, edit }: RowProps) {
  const titleId = useId();
  const act = (label: string, action: () => Promise<unknown> | void, name = "") => (
    <button type="button" class={`link-button ${name}`.trim()} aria-describedby={titleId} onClick={() => void run(async () => action())}>
      {label}
    </button>
  );
  return (
    <li data-item={item.id} class={current ? "current" : ""} aria-current={current ? "step" : undefined} tabindex={-1}>
      <p class="agenda-title" id={titleId}>
        <strong>{item.title}</strong>
        {current ? <span class="badge">{t("agenda.now")}</span> : null}
        {presented ? <span class="badge presented">{t("follow.presented")}</span> : null}
      </p>
      <p class="agenda-meta">
        {[t(`agendaKind.${item.kind}`), item.presenter, t("agenda.planned", { minutes: item.plannedMinutes })].filter(Boolean).join(" · ")}
        {item.spentMs > 0 || current ? (
          <>
            {" · "}
            <span class="spent">{t("agenda.spent", { time: formatDuration(spentMs(item, agenda, now.value)) })}</span>
          </>
        ) : null}
      </p>
      <IntentionItemControls meetingId={meetingId} item={item} facilitating={facilitating} commands={commands} run={run} />
      {facilitating ? (
        <div class="item-actions">
          {current ? null : act(t("agenda.makeCurrent"), () => commands.setCurrentAgendaItem(item.id))}
          {presented ? null : act(t("follow.present"), () => commands.setFocus("AgendaItem", item.id))}
          {index > 0 ? act(t("agenda.up"), () => commands.moveAgendaItem(item.id, index - 1)) : null}
          {index < agenda.items.length - 1 ? act(t("agenda.down"), () => commands.moveAgendaItem(item.id, index + 1)) : null}
          {act(t("agenda.edit"), edit, "edit")}
          {act(t("agenda.remove"), async () => {
            if (window.confirm(t("agenda.removeConfirm", { title: item.title }))) await commands.removeAgendaItem(item.id);
          })}
        </div>
      ) : null}
    </li>
  );
}

/** Time spent on an item: what was counted before, plus the running stretch if it is the current one. */
export function spentMs(item: AgendaItem, agenda: Agenda, serverNow: number): number {
  const running = item.id === agenda.currentItemId && agenda.currentSince ? serverNow - Date.parse(agenda.currentSince) : 0;
  return item.spentMs + Math.max(0, running);
}

interface FormProps {
  item: AgendaItem | null;
  save: (draft: AgendaItemDraft) => Promise<unknown>;
  cancel?: () => void;
  run: (action: () => Promise<unknown>) => Promise<void>;
}

const draftOf = (item: AgendaItem | null) => ({
  title: item?.title ?? "",
  presenter: item?.presenter ?? "",
  minutes: String(item?.plannedMinutes ?? 15),
  kind: (item?.kind ?? "Discussion") as AgendaItemKind,
});

/** The form for a new item, or for changing one; what is typed lives here until it is saved. */
function ItemForm({ item, save, cancel, run }: FormProps) {
  const id = useId();
  const [fields, setFields] = useState(() => draftOf(item));
  const form = useRef<HTMLFormElement>(null);
  // Changing an item starts in its title.
  useLayoutEffect(() => {
    if (item) form.current?.querySelector("input")?.focus();
  }, []);
  const set = (name: keyof ReturnType<typeof draftOf>) => (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;
    setFields((f) => ({ ...f, [name]: value }));
  };
  const submit = (event: Event) => {
    event.preventDefault();
    const typed = fields;
    const draft: AgendaItemDraft = { title: typed.title, presenter: typed.presenter.trim() || null, plannedMinutes: Number(typed.minutes), kind: typed.kind };
    // A new item's form is ready for the next one at once; what was typed comes back if saving fails.
    if (!item) {
      setFields(draftOf(null));
      (event.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>("input")?.focus();
    }
    void run(async () => {
      try {
        await save(draft);
      } catch (e) {
        if (!item) setFields(typed);
        throw e;
      }
    });
  };
  return (
    <form ref={form} class={item ? "agenda-form editing" : "agenda-form"} onSubmit={submit}>
      {item ? null : <h3>{t("agenda.add")}</h3>}
      <div class="form-row">
        <Field id={`${id}-title`} label={t("agenda.itemTitle")} required>
          <input id={`${id}-title`} type="text" name="title" required maxLength={300} value={fields.title} onInput={set("title")} />
        </Field>
        <Field id={`${id}-presenter`} label={t("agenda.presenter")}>
          <input id={`${id}-presenter`} type="text" name="presenter" maxLength={200} value={fields.presenter} onInput={set("presenter")} />
        </Field>
        <Field id={`${id}-minutes`} label={t("agenda.minutes")} required>
          <input id={`${id}-minutes`} name="minutes" type="number" min={0} max={600} required value={fields.minutes} onInput={set("minutes")} />
        </Field>
        <Field id={`${id}-kind`} label={t("agenda.kind")}>
          <select id={`${id}-kind`} name="kind" value={fields.kind} onChange={set("kind")}>
            {AGENDA_ITEM_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`agendaKind.${k}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <button type="submit" class={item ? "primary" : ""}>
        {item ? t("agenda.save") : t("agenda.addButton")}
      </button>
      {cancel ? (
        <button type="button" onClick={cancel}>
          {t("common.cancel")}
        </button>
      ) : null}
    </form>
  );
}
