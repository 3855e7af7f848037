import { ClientEvents, Hub } from "../contract.generated";
import { HistoryPanel } from "../documents/historyPanel";
import { SectionPanel } from "../documents/sectionPanel";
import { fill, h, uid } from "../dom";
import { formatDateTime } from "../format";
import { t } from "../i18n";
import type { MeetingHubAccess } from "../live/meetingChannel";
import type { MeetingState } from "../live/meetingState";
import { isFacilitator, mayDownloadRecords, type LivePanel, type PanelContext } from "../meetings/panel";
import type { TextOperation } from "../text";
import type { AgendaItem, DocumentSnapshot, MinutesInfo } from "../types";
import { AlertBox, field, onSubmit } from "../ui/forms";
import { minutesLinks } from "./downloads";
import { TaskList } from "./taskList";
import "./records.css";

/** One agenda item in the minutes: its co-edited notes and its tasks. */
interface ItemBlock {
  readonly el: HTMLElement;
  readonly notes: SectionPanel;
  readonly tasks: TaskList;
}

/**
 * The minutes, live: per agenda item ("Ad 1)") the notes everyone taking part writes together (the same editor
 * and OT client as the vision) and the item's tasks; tasks under no item and those carried over from the group's
 * previous meeting; the footer, approval and the approved versions with their downloads.
 */
export class MinutesPanel implements LivePanel {
  readonly el = h("section", { class: "panel minutes", "aria-labelledby": "minutes-title" });
  private readonly alert = new AlertBox();
  private readonly itemsEl = h("div", { class: "minutes-items" });
  private readonly otherTasks: TaskList;
  private readonly otherEl: HTMLElement;
  private readonly footerEl = h("div", { class: "minutes-footer" });
  private readonly versionsEl = h("div", { class: "minutes-versions" });
  private readonly blocks = new Map<string, ItemBlock>();
  private readonly unsubscribe: (() => void)[];
  private state: MeetingState | null = null;
  private documentId: string | null = null;
  private agendaKey = "";
  private minutes: MinutesInfo | null = null;
  private opening: Promise<void> | null = null;
  private toolsKey = "";

  constructor(
    private readonly context: PanelContext,
    private readonly hub: MeetingHubAccess,
    private readonly meetingId: string,
  ) {
    this.otherTasks = new TaskList(context.commands, meetingId, null, t("minutes.otherTasks"), "h3");
    this.otherEl = h("div", { class: "minutes-other" }, this.otherTasks.el);
    this.el.append(h("h2", { id: "minutes-title" }, t("minutes.heading")), this.alert.el, this.itemsEl, this.otherEl, this.footerEl, this.versionsEl);
    this.unsubscribe = [
      hub.on(ClientEvents.TextEdits, (e) => {
        if (e.documentId === this.documentId) e.edits.forEach((edit) => this.blocks.get(edit.sectionId)?.notes.receive(edit));
      }),
      hub.on(ClientEvents.CaretMoved, (e) => {
        if (e.documentId === this.documentId) this.blocks.get(e.sectionId)?.notes.caretMoved(e);
      }),
      // Sent when this connection fell too far behind: the notes start from it instead of the backlog.
      hub.on(ClientEvents.DocumentSnapshot, (e) => {
        if (e.documentId === this.documentId) e.sections.forEach((s) => this.blocks.get(s.sectionId)?.notes.caughtUp(s));
      }),
      hub.onJoined(() => void this.rejoined()),
    ];
  }

  update(state: MeetingState): void {
    const previous = this.state;
    this.state = state;
    const key = state.agenda.items.map((i) => `${i.id}:${i.title}`).join("|");
    if (key !== this.agendaKey) {
      this.agendaKey = key;
      void this.open();
    }
    if (!previous || previous.details.phase !== state.details.phase || previous.you !== state.you) {
      for (const block of this.blocks.values()) block.notes.setMayEdit(this.mayWrite);
    }
    this.renderTasks();
    if (state.minutes !== this.minutes || previous?.you.role !== state.you.role || previous?.details.phase !== state.details.phase) {
      this.minutes = state.minutes;
      this.renderFooter();
      this.renderVersions();
    }
  }

  dispose(): void {
    for (const off of this.unsubscribe) off();
    for (const block of this.blocks.values()) block.notes.destroy();
    this.blocks.clear();
  }

  /** Participants write while the meeting runs; facilitators also afterwards (the minutes are finished later). */
  private get mayWrite(): boolean {
    const s = this.state!;
    return !s.you.muted && (s.you.role === "Facilitator" || (s.you.role === "Participant" && s.details.phase !== "Ended"));
  }

  private get facilitates(): boolean {
    return this.state !== null && isFacilitator(this.state);
  }

  /** Opens the minutes (again): agenda items added since get their section; items kept keep their editor. */
  private async open(): Promise<void> {
    if (this.opening) {
      await this.opening;
    }
    this.opening = (async () => {
      try {
        const snapshot = await this.hub.invoke(Hub.OpenMinutes, this.meetingId);
        this.documentId = snapshot.documentId;
        this.render(snapshot);
      } catch (e) {
        this.alert.error(e);
      }
    })();
    await this.opening;
    this.opening = null;
  }

  private render(snapshot: DocumentSnapshot): void {
    const items = this.state!.agenda.items;
    const sections = new Map(snapshot.sections.map((s) => [s.sectionId, s]));
    for (const [id, block] of this.blocks) {
      if (!items.some((i) => i.id === id)) {
        block.notes.destroy();
        this.blocks.delete(id);
      }
    }
    items.forEach((item, index) => {
      const heading = `Ad ${index + 1}) ${item.title}`;
      const existing = this.blocks.get(item.id);
      if (existing) {
        existing.notes.setHeading(heading);
        return;
      }
      const section = sections.get(item.id);
      if (section) this.blocks.set(item.id, this.block(item, { ...section, heading }));
    });
    this.itemsEl.replaceChildren(
      ...(items.length === 0 ? [h("p", {}, t("minutes.noAgenda"))] : items.map((i) => this.blocks.get(i.id)?.el).filter((el): el is HTMLElement => !!el)),
    );
    this.renderTasks();
  }

  private block(item: AgendaItem, section: DocumentSnapshot["sections"][number]): ItemBlock {
    const notes = new SectionPanel({
      snapshot: section,
      transport: this.transport(section.sectionId),
      mayEdit: this.mayWrite,
      documentLocked: false,
      facilitator: false,
      youId: this.state!.you.participantId,
      nameOf: this.context.nameOf,
      sendCaret: (anchor, head, revision) =>
        void this.hub
          .invoke(Hub.MoveCaret, this.meetingId, { sectionId: section.sectionId, anchor, head, revision, documentId: this.documentId })
          .catch(() => undefined), // a caret is advisory; the next one will do
      setLock: () => Promise.resolve(),
      resync: (e) => void this.resync(section.sectionId, e),
      extras: (panel) => [
        new HistoryPanel({ hub: this.hub, meetingId: this.meetingId, section: panel, documentId: () => this.documentId, mayRestore: () => this.mayWrite, nameOf: this.context.nameOf }).el,
      ],
    });
    const tasks = new TaskList(this.context.commands, this.meetingId, item.id, t("minutes.itemTasks"));
    return { el: h("div", { class: "minutes-item", "data-agenda-item": item.id }, notes.el, tasks.el), notes, tasks };
  }

  private transport(sectionId: string) {
    return {
      submit: (baseRevision: number, op: TextOperation, clientOpId: string) =>
        this.hub.invoke(Hub.SubmitEdit, this.meetingId, { sectionId, baseRevision, operation: op.toJSON(), clientOpId, documentId: this.documentId }),
      editsAfter: (afterRevision: number) =>
        this.hub.invoke(Hub.GetEdits, this.meetingId, { sectionId, afterRevision, documentId: this.documentId }),
    };
  }

  /** Tasks under each item; carried-over ones under the task review item if there is one, else with the rest. */
  private renderTasks(): void {
    const s = this.state;
    if (!s) return;
    const mayEdit = this.facilitates;
    const review = s.agenda.items.find((i) => i.kind === "TaskReview");
    const carried = (task: { originMeetingId: string; agendaItemId: string | null }) => task.agendaItemId === null && task.originMeetingId !== this.meetingId;
    for (const [id, block] of this.blocks) {
      const own = s.actionItems.filter((task) => task.agendaItemId === id || (review?.id === id && carried(task)));
      block.tasks.update(own, mayEdit);
    }
    const other = s.actionItems.filter((task) => task.agendaItemId === null && !(review && carried(task)));
    this.otherTasks.update(other, mayEdit);
    const hasCarried = s.actionItems.some(carried);
    const toolsKey = `${mayEdit}:${hasCarried && !review}`;
    if (toolsKey === this.toolsKey) return;
    this.toolsKey = toolsKey;
    this.otherEl.querySelector(".carry-tools")?.remove();
    if (mayEdit) {
      this.otherEl.append(
        h(
          "div",
          { class: "carry-tools item-actions" },
          h("button", { type: "button", onclick: () => void this.alert.run(() => this.context.commands.carryOverActionItems()) }, t("tasks.carryOver")),
          hasCarried && !review
            ? h("button", { type: "button", onclick: () => void this.alert.run(() =>
                this.context.commands.addAgendaItem({ title: t("agendaKind.TaskReview"), presenter: null, plannedMinutes: 10, kind: "TaskReview" }, 0)) }, t("tasks.addReviewItem"))
            : null,
        ),
      );
    }
  }

  private renderFooter(): void {
    const footer = this.state!.minutes.footer;
    if (!this.facilitates) {
      this.footerEl.replaceChildren(...(footer.recordedBy ? [h("p", {}, `${t("minutes.recordedBy")}: ${footer.recordedBy}`)] : []));
      return;
    }
    if (this.footerEl.contains(document.activeElement)) return; // keep what the facilitator is typing
    const recordedBy = h("input", { name: "recordedBy", maxlength: 200, value: footer.recordedBy ?? "", autocomplete: "name" });
    const signedAt = h("input", { name: "signedAt", maxlength: 200, value: footer.signedAt ?? "" });
    const alert = new AlertBox();
    const form = h(
      "form",
      { class: "footer-form", "aria-labelledby": "minutes-footer-title" },
      h("h3", { id: "minutes-footer-title" }, t("minutes.footer")),
      h("div", { class: "form-row" }, field(t("minutes.recordedBy"), recordedBy), field(t("minutes.signedAt"), signedAt, t("minutes.signedAtHint"))),
      alert.el,
      h("button", { type: "submit" }, t("minutes.saveFooter")),
    );
    onSubmit(form, alert, async () => {
      await this.context.commands.setMinutesFooter({ recordedBy: recordedBy.value.trim() || null, signedAt: signedAt.value.trim() || null });
      this.context.announce(t("minutes.footerSaved"));
    });
    this.footerEl.replaceChildren(form);
  }

  private renderVersions(): void {
    const minutes = this.state!.minutes;
    const draftId = uid("draft");
    const error = (message: string) => this.alert.show(message);
    // Observers are not offered the files: the server refuses them (forbidden), the records are for members.
    const downloads = mayDownloadRecords(this.state!);
    fill(
      this.versionsEl,
      h("h3", {}, t("minutes.versions")),
      downloads ? h("p", { id: draftId }, this.facilitates || minutes.versions.length === 0 ? t("minutes.draft") : t("minutes.draftAlso")) : null,
      downloads ? minutesLinks(this.meetingId, null, draftId, error) : null,
      this.facilitates
        ? h("button", { type: "button", class: "primary", onclick: () => {
            if (window.confirm(t("minutes.approveConfirm"))) void this.alert.run(async () => {
              await this.context.commands.approveMinutes();
              this.context.announce(t("minutes.approved"));
            });
          } }, t("minutes.approve"))
        : null,
      minutes.versions.length === 0
        ? h("p", {}, t("minutes.noVersions"))
        : h("ol", { class: "versions", reversed: true }, [...minutes.versions].reverse().map((v) => {
            const id = uid("version");
            return h("li", { "data-version": v.number },
              h("p", { id }, t("minutes.version", { number: v.number, at: formatDateTime(v.approvedAt), name: v.approvedByName })),
              downloads ? minutesLinks(this.meetingId, v.number, id, error) : null);
          })),
    );
  }

  private async resync(sectionId: string, error: unknown): Promise<void> {
    const block = this.blocks.get(sectionId);
    if (!block) return;
    try {
      const snapshot = await this.hub.invoke(Hub.OpenMinutes, this.meetingId);
      const fresh = snapshot.sections.find((s) => s.sectionId === sectionId);
      if (fresh) block.notes.reset({ ...fresh, heading: block.notes.heading });
      block.notes.alert.error(error);
    } catch (e) {
      block.notes.alert.error(e);
    }
  }

  /** After a reconnect: open the minutes again and let each section catch up. */
  private async rejoined(): Promise<void> {
    if (!this.documentId) return;
    try {
      await this.hub.invoke(Hub.OpenMinutes, this.meetingId);
      await Promise.all([...this.blocks.values()].map((b) => b.notes.rejoined()));
    } catch (e) {
      this.alert.error(e);
    }
  }
}
