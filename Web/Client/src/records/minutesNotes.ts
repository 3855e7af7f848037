import { signal } from "@preact/signals";
import { HistoryPanel } from "../documents/historyPanel";
import { SectionPanel } from "../documents/sectionPanel";
import { errorMessage } from "../errors";
import type { MeetingHubAccess } from "../live/meetingChannel";
import type { MeetingState } from "../live/meetingState";
import type { TextOperation } from "../text";
import { ClientEvents, Hub } from "../contract.generated";
import type { DocumentSnapshot } from "../types";

/** A line that may name who is responsible for a task ("Z: K. Marcinková", "Zodp.: …"); the server reads it exactly. */
const TASK_LINE = /(^|[^\p{L}])Z(odp\.|odpovídá)?\s*:/mu;
/** How long after the last keystroke the tasks typed in the notes are made tasks. */
const TASK_PAUSE_MS = 1000;

/**
 * The minutes' notes: per agenda item ("Ad 1)") a section everyone taking part writes together, with the same
 * editor and OT client as the vision. Each item's editor is made once, when its section first comes, and kept
 * while the item stays (the panel mounts it and never re-renders it); `shown` changes when editors come or go.
 */
export class MinutesNotes {
  /** Bumped when an item's editor is made or destroyed, so the panel mounts what is there. */
  readonly shown = signal(0);
  /** A failure opening the minutes, for the panel's alert. */
  readonly failure = signal("");
  private readonly notes = new Map<string, SectionPanel>();
  private readonly unsubscribe: (() => void)[];
  private state: MeetingState | null = null;
  private documentId: string | null = null;
  private agendaKey = "";
  private opening: Promise<void> | null = null;
  /** Sections whose notes held a task line when last seen: deleting it must remove its task too. */
  private readonly withTasks = new Set<string>();
  private taskTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly hub: MeetingHubAccess,
    private readonly meetingId: string,
    private readonly nameOf: (participantId: string) => string,
  ) {
    this.unsubscribe = [
      hub.on(ClientEvents.TextEdits, (e) => {
        if (e.documentId === this.documentId) e.edits.forEach((edit) => this.notes.get(edit.sectionId)?.receive(edit));
      }),
      // Observers get the edits composed, as they never write.
      hub.on(ClientEvents.TextChanges, (e) => {
        if (e.documentId === this.documentId) e.changes.forEach((c) => this.notes.get(c.sectionId)?.receiveChange(c));
      }),
      hub.on(ClientEvents.CaretMoved, (e) => {
        if (e.documentId === this.documentId) this.notes.get(e.sectionId)?.caretMoved(e);
      }),
      // Sent when this connection fell too far behind: the notes start from it instead of the backlog.
      hub.on(ClientEvents.DocumentSnapshot, (e) => {
        if (e.documentId === this.documentId) e.sections.forEach((s) => this.notes.get(s.sectionId)?.caughtUp(s));
      }),
      hub.onJoined(() => void this.rejoined()),
    ];
  }

  /** The editor of an agenda item's notes, once its section is there. */
  of(itemId: string): HTMLElement | undefined {
    return this.notes.get(itemId)?.el;
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
      for (const notes of this.notes.values()) notes.setMayEdit(this.mayWrite);
    }
  }

  dispose(): void {
    clearTimeout(this.taskTimer);
    for (const off of this.unsubscribe) off();
    for (const notes of this.notes.values()) notes.destroy();
    this.notes.clear();
  }

  /** Participants write while the meeting runs; facilitators also afterwards (the minutes are finished later). */
  private get mayWrite(): boolean {
    const s = this.state!;
    return !s.you.muted && (s.you.role === "Facilitator" || (s.you.role === "Participant" && s.details.phase !== "Ended"));
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
        this.take(snapshot);
      } catch (e) {
        this.failure.value = errorMessage(e);
      }
    })();
    await this.opening;
    this.opening = null;
  }

  private take(snapshot: DocumentSnapshot): void {
    const items = this.state!.agenda.items;
    const sections = new Map(snapshot.sections.map((s) => [s.sectionId, s]));
    for (const [id, notes] of this.notes) {
      if (!items.some((i) => i.id === id)) {
        notes.destroy();
        this.notes.delete(id);
      }
    }
    items.forEach((item, index) => {
      const heading = `Ad ${index + 1}) ${item.title}`;
      const existing = this.notes.get(item.id);
      if (existing) {
        existing.setHeading(heading);
        return;
      }
      const section = sections.get(item.id);
      if (section) this.notes.set(item.id, this.editor({ ...section, heading }));
    });
    this.shown.value++;
  }

  private editor(section: DocumentSnapshot["sections"][number]): SectionPanel {
    if (TASK_LINE.test(section.text)) this.withTasks.add(section.sectionId);
    return new SectionPanel({
      snapshot: section,
      transport: this.transport(section.sectionId),
      mayEdit: this.mayWrite,
      documentLocked: false,
      facilitator: false,
      youId: this.state!.you.participantId,
      nameOf: this.nameOf,
      sendCaret: (anchor, head, revision) =>
        void this.hub
          .invoke(Hub.MoveCaret, this.meetingId, { sectionId: section.sectionId, anchor, head, revision, documentId: this.documentId })
          .catch(() => undefined), // a caret is advisory; the next one will do
      setLock: () => Promise.resolve(),
      resync: (e) => void this.resync(section.sectionId, e),
      extras: (panel) => [
        new HistoryPanel({ hub: this.hub, meetingId: this.meetingId, section: panel, documentId: () => this.documentId, mayRestore: () => this.mayWrite, nameOf: this.nameOf }).el,
      ],
    });
  }

  private transport(sectionId: string) {
    return {
      submit: async (baseRevision: number, op: TextOperation, clientOpId: string) => {
        const ack = await this.hub.invoke(Hub.SubmitEdit, this.meetingId, { sectionId, baseRevision, operation: op.toJSON(), clientOpId, documentId: this.documentId });
        this.edited(sectionId);
        return ack;
      },
      editsAfter: (afterRevision: number) =>
        this.hub.invoke(Hub.GetEdits, this.meetingId, { sectionId, afterRevision, documentId: this.documentId }),
    };
  }

  /**
   * A line typed as a task ("Z: K. Marcinková, T: 15. 12.") shows as a task under its item while the person writes:
   * a pause after their edit to notes that hold (or held) such a line asks the server to read the notes
   * (`syncNotedTasks`, as composing the minutes does); everyone gets the tasks by the usual event.
   */
  private edited(sectionId: string): void {
    const holds = TASK_LINE.test(this.notes.get(sectionId)?.text ?? "");
    if (!holds && !this.withTasks.has(sectionId)) return;
    if (holds) this.withTasks.add(sectionId);
    else this.withTasks.delete(sectionId);
    clearTimeout(this.taskTimer);
    this.taskTimer = setTimeout(() => {
      // Advisory: composing the minutes reads the notes again anyway.
      void this.hub.invoke(Hub.Execute, this.meetingId, { type: "syncNotedTasks" }).catch(() => undefined);
    }, TASK_PAUSE_MS);
  }

  private async resync(sectionId: string, error: unknown): Promise<void> {
    const notes = this.notes.get(sectionId);
    if (!notes) return;
    try {
      const snapshot = await this.hub.invoke(Hub.OpenMinutes, this.meetingId);
      const fresh = snapshot.sections.find((s) => s.sectionId === sectionId);
      if (fresh) notes.reset({ ...fresh, heading: notes.heading });
      notes.alert.error(error);
    } catch (e) {
      notes.alert.error(e);
    }
  }

  /** After a reconnect: open the minutes again and let each section catch up. */
  private async rejoined(): Promise<void> {
    if (!this.documentId) return;
    try {
      await this.hub.invoke(Hub.OpenMinutes, this.meetingId);
      await Promise.all([...this.notes.values()].map((n) => n.rejoined()));
    } catch (e) {
      this.failure.value = errorMessage(e);
    }
  }
}
