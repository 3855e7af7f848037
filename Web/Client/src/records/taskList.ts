import { h, uid } from "../dom";
import { formatDate } from "../format";
import { t } from "../i18n";
import type { MeetingCommands } from "../meetings/commands";
import { ACTION_ITEM_STATUSES, type ActionItem, type ActionItemStatus } from "../types";
import { AlertBox, field, onSubmit, options, requireValue } from "../ui/forms";

/** Who is responsible and by when, in Czech as the records write it: "Z: K. Marcinková, T: 30. 6. 2026". */
export function taskLine(task: ActionItem): string {
  return [t("tasks.lineResponsible", { name: task.responsible }), task.due ? t("tasks.lineDue", { date: formatDate(task.due) }) : null].filter(Boolean).join(", ");
}

/**
 * Tasks under one heading of the minutes, with (for facilitators) a status per task, removal of tasks set in
 * this meeting, and a form for a new one. The list is redrawn on every change; the form stays, with what is typed.
 */
export class TaskList {
  readonly el: HTMLElement;
  private readonly listEl = h("ul", { class: "tasks" });
  private readonly alert = new AlertBox();
  private readonly form: HTMLElement | null;
  private shown = "";
  private mayEdit = false;

  constructor(
    private readonly commands: MeetingCommands,
    private readonly meetingId: string,
    private readonly agendaItemId: string | null,
    heading: string,
  ) {
    const headingId = uid("tasks");
    this.form = this.newForm();
    this.el = h("div", { class: "task-list", role: "group", "aria-labelledby": headingId }, h("h4", { id: headingId }, heading), this.alert.el, this.listEl, this.form);
  }

  /** Redraws the list only if what it shows changed, so a redraw never takes the focus from under the user. */
  update(tasks: ActionItem[], mayEdit: boolean): void {
    const shown = JSON.stringify([tasks, mayEdit]);
    if (shown === this.shown) return;
    const hadFocus = this.listEl.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset.focusKey : undefined;
    this.shown = shown;
    this.mayEdit = mayEdit;
    if (this.form) this.form.hidden = !mayEdit;
    this.listEl.replaceChildren(...(tasks.length === 0 ? [h("li", { class: "empty" }, t("tasks.none"))] : tasks.map((task) => this.row(task))));
    if (hadFocus) this.listEl.querySelector<HTMLElement>(`[data-focus-key="${hadFocus}"]`)?.focus();
  }

  private row(task: ActionItem): HTMLElement {
    const textId = uid("task");
    const carried = task.originMeetingId !== this.meetingId;
    const status = this.mayEdit
      ? field(t("tasks.status"), options(h("select", { "data-focus-key": `status-${task.id}`, "aria-describedby": textId, onchange: (e: Event) =>
          void this.alert.run(() => this.commands.setActionItemStatus(task.id, (e.target as HTMLSelectElement).value as ActionItemStatus)) }),
          ACTION_ITEM_STATUSES, (s) => t(`task.status.${s}`), task.status))
      : h("span", { class: `badge task-${task.status.toLowerCase()}` }, t(`task.status.${task.status}`));
    const remove = this.mayEdit && !carried
      ? h("button", { type: "button", class: "danger", "data-focus-key": `remove-${task.id}`, "aria-describedby": textId, onclick: () =>
          void this.alert.run(() => this.commands.removeActionItem(task.id)) }, t("tasks.remove"))
      : null;
    return h("li", { class: "task", "data-task": task.id },
      h("p", { id: textId }, h("span", { class: "task-text" }, task.text), " – ", taskLine(task), carried ? h("span", { class: "badge" }, t("tasks.carried")) : null),
      h("div", { class: "item-actions" }, status, remove));
  }

  private newForm(): HTMLElement | null {
    const text = h("textarea", { name: "text", rows: 2, required: true, maxlength: 1000 });
    const responsible = h("input", { name: "responsible", required: true, maxlength: 200, autocomplete: "off" });
    const due = h("input", { name: "due", type: "date" });
    const alert = new AlertBox();
    const form = h("form", { class: "task-form" },
      field(t("tasks.text"), text),
      h("div", { class: "form-row" }, field(t("tasks.responsible"), responsible, t("tasks.responsibleHint")), field(t("tasks.due"), due)),
      alert.el,
      h("button", { type: "submit" }, t("tasks.add")));
    onSubmit(form, alert, async () => {
      requireValue(text, responsible);
      await this.commands.addActionItem({ text: text.value, responsible: responsible.value, due: due.value || null, agendaItemId: this.agendaItemId });
      form.reset();
      text.focus();
    });
    return h("details", { class: "add-task" }, h("summary", {}, t("tasks.new")), form);
  }
}
