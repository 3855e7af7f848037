import { useRef, useState } from "preact/hooks";
import { useId } from "../ui/uniqueId";
import { ApiError } from "../api";
import { errorMessage } from "../errors";
import { formatDate } from "../format";
import { t } from "../i18n";
import type { MeetingCommands } from "../meetings/commands";
import { ACTION_ITEM_STATUSES, type ActionItem, type ActionItemStatus } from "../types";
import { Alert, Field, useAlert } from "../ui/components";

/** Who is responsible and by when, in Czech as the records write it: "Z: K. Marcinková, T: 30. 6. 2026". */
export function taskLine(task: ActionItem): string {
  return [t("tasks.lineResponsible", { name: task.responsible }), task.due ? t("tasks.lineDue", { date: formatDate(task.due) }) : null].filter(Boolean).join(", ");
}

export interface TaskListProps {
  tasks: ActionItem[];
  /** Facilitators set the status, remove tasks set in this meeting and add new ones. */
  mayEdit: boolean;
  commands: MeetingCommands;
  meetingId: string;
  /** The agenda item the tasks are under (none: the tasks under no item). */
  agendaItemId: string | null;
  heading: string;
  /** h4 under an item's notes (h3), h3 for the tasks under no item. */
  level?: "h3" | "h4";
}

/** Tasks under one heading of the minutes; a new task's form keeps what is typed until it is added. */
export function TaskList({ tasks, mayEdit, commands, meetingId, agendaItemId, heading, level = "h4" }: TaskListProps) {
  const headingId = useId();
  const alert = useAlert();
  const Heading = level;
  return (
    <div class="task-list" role="group" aria-labelledby={headingId}>
      <Heading id={headingId}>{heading}</Heading>
      <Alert message={alert.message} />
      <ul class="tasks">
        {tasks.length === 0 ? <li class="empty">{t("tasks.none")}</li> : null}
        {tasks.map((task) => (
          <Task key={task.id} task={task} mayEdit={mayEdit} carried={task.originMeetingId !== meetingId} commands={commands} run={alert.run} />
        ))}
      </ul>
      {mayEdit ? (
        <details class="add-task">
          <summary>{t("tasks.new")}</summary>
          <TaskForm add={(draft) => commands.addActionItem({ ...draft, agendaItemId })} />
        </details>
      ) : null}
    </div>
  );
}

function Task({ task, mayEdit, carried, commands, run }: { task: ActionItem; mayEdit: boolean; carried: boolean; commands: MeetingCommands; run(action: () => Promise<unknown>): Promise<void> }) {
  const id = useId();
  return (
    <li class="task" data-task={task.id}>
      <p id={`${id}-text`}>
        <span class="task-text">{task.text}</span>
        {" – "}
        {taskLine(task)}
        {carried ? <span class="badge">{t("tasks.carried")}</span> : null}
        {task.noteLine !== null && !carried ? <span class="badge">{t("tasks.fromNotes")}</span> : null}
      </p>
      <div class="item-actions">
        {mayEdit ? (
          <Field id={`${id}-status`} label={t("tasks.status")}>
            <select
              id={`${id}-status`}
              aria-describedby={`${id}-text`}
              value={task.status}
              onChange={(event) => {
                const status = event.currentTarget.value as ActionItemStatus;
                void run(() => commands.setActionItemStatus(task.id, status));
              }}
            >
              {ACTION_ITEM_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`task.status.${s}`)}
                </option>
              ))}
            </select>
          </Field>
        ) : (
          <span class={`badge task-${task.status.toLowerCase()}`}>{t(`task.status.${task.status}`)}</span>
        )}
        {mayEdit && !carried ? (
          <button type="button" class="danger" aria-describedby={`${id}-text`} onClick={() => void run(() => commands.removeActionItem(task.id))}>
            {t("tasks.remove")}
          </button>
        ) : null}
      </div>
    </li>
  );
}

const empty = { text: "", responsible: "", due: "" };

/** A new task: what is typed stays until it is added; an empty required field is marked and focused. */
function TaskForm({ add }: { add(draft: { text: string; responsible: string; due: string | null }): Promise<unknown> }) {
  const id = useId();
  const alert = useAlert();
  const [fields, setFields] = useState(empty);
  const [invalid, setInvalid] = useState<"text" | "responsible" | null>(null);
  const [busy, setBusy] = useState(false);
  const text = useRef<HTMLTextAreaElement>(null);
  const responsible = useRef<HTMLInputElement>(null);
  const set = (name: keyof typeof empty) => (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement).value;
    setFields((f) => ({ ...f, [name]: value }));
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const missing = !fields.text.trim() ? "text" : !fields.responsible.trim() ? "responsible" : null;
    setInvalid(missing);
    if (missing) {
      (missing === "text" ? text : responsible).current?.focus();
      alert.show(errorMessage(new ApiError(0, "validation.required")));
      return;
    }
    setBusy(true);
    await alert.run(async () => {
      await add({ text: fields.text, responsible: fields.responsible, due: fields.due || null });
      setFields(empty);
      text.current?.focus();
    });
    setBusy(false);
  };
  return (
    <form class="task-form" onSubmit={submit}>
      <Field id={`${id}-text`} label={t("tasks.text")} required>
        <textarea ref={text} id={`${id}-text`} name="text" rows={2} required maxLength={1000} aria-invalid={invalid === "text" ? "true" : undefined} value={fields.text} onInput={set("text")} />
      </Field>
      <div class="form-row">
        <Field id={`${id}-responsible`} label={t("tasks.responsible")} hint={t("tasks.responsibleHint")} required>
          <input ref={responsible} id={`${id}-responsible`} type="text" name="responsible" required maxLength={200} autocomplete="off" aria-invalid={invalid === "responsible" ? "true" : undefined} value={fields.responsible} onInput={set("responsible")} />
        </Field>
        <Field id={`${id}-due`} label={t("tasks.due")}>
          <input id={`${id}-due`} name="due" type="date" value={fields.due} onInput={set("due")} />
        </Field>
      </div>
      <Alert message={alert.message} />
      <button type="submit" aria-disabled={busy ? "true" : undefined}>
        {t("tasks.add")}
      </button>
    </form>
  );
}
