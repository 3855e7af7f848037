import { ClientEvents, Hub } from "../contract.generated";
import { h } from "../dom";
import { errorMessage } from "../errors";
import { t } from "../i18n";
import type { MeetingHubAccess } from "../live/meetingChannel";
import type { TextOperation } from "../text";
import type { DocumentSnapshot, LockChanged, MeetingPhase, RosterEntry } from "../types";
import { AlertBox } from "../ui/forms";
import { AdoptedWordings, adopter } from "./adoptedWordings";
import { CommentsPanel } from "./commentsPanel";
import { HistoryPanel } from "./historyPanel";
import { SectionPanel } from "./sectionPanel";

export interface DocumentViewOptions {
  hub: MeetingHubAccess;
  meetingId: string;
  you: RosterEntry;
  phase: MeetingPhase;
  nameOf(participantId: string): string;
  announce(message: string): void;
  /** For the facilitator: shows a section to everyone. */
  present?: (sectionId: string) => Promise<unknown>;
}

/** The meeting's vision document, live: one editor per section, locks, comments and history. */
export class DocumentView {
  readonly el = h("section", { class: "document", "aria-labelledby": "document-title" });
  private readonly alert = new AlertBox();
  private readonly titleEl = h("h2", { id: "document-title" }, t("meeting.visionDocument"));
  private readonly toolsEl = h("div", { class: "document-tools" });
  private readonly sections = new Map<string, SectionPanel>();
  private readonly comments = new Map<string, CommentsPanel>();
  private readonly caretSection = new Map<string, string>();
  private readonly adopted: AdoptedWordings;
  private readonly unsubscribe: (() => void)[];
  private documentLocked = false;
  private presented: string | null = null;
  private phase: MeetingPhase;
  private muted: boolean;
  private opened = false;
  private documentId: string | null = null;

  constructor(private readonly options: DocumentViewOptions) {
    this.phase = options.phase;
    this.muted = options.you.muted;
    this.el.append(this.titleEl, this.alert.el, h("p", {}, t("common.loading")));
    const hub = options.hub;
    this.adopted = new AdoptedWordings(hub, options.meetingId, (id) => this.sections.get(id)?.heading ?? "", options.nameOf);
    this.unsubscribe = [
      hub.on(ClientEvents.TextEdits, (e) => e.edits.forEach((edit) => this.sections.get(edit.sectionId)?.receive(edit))),
      hub.on(ClientEvents.TextChanges, (e) => e.changes.forEach((c) => this.sections.get(c.sectionId)?.receiveChange(c))),
      hub.on(ClientEvents.DocumentSnapshot, (s) => void this.caughtUp(s)),
      hub.on(ClientEvents.CaretMoved, (e) => this.sections.get(e.sectionId)?.caretMoved(e)),
      hub.on(ClientEvents.LockChanged, (e) => this.lockChanged(e)),
      hub.on(ClientEvents.CommentChanged, (e) => this.comments.get(e.comment.sectionId)?.changed(e.comment)),
      hub.on(ClientEvents.WordingAdopted, (e) => {
        this.adopted.adopted(e.wording);
        options.announce(t("editor.adopted", { number: e.wording.number, name: adopter(e.wording, options.nameOf) }));
      }),
      hub.onJoined(() => void this.rejoined()),
    ];
  }

  private get facilitator(): boolean {
    return this.options.you.role === "Facilitator";
  }

  private get mayEdit(): boolean {
    return this.options.you.role !== "Observer" && !this.muted && this.phase !== "Ended";
  }

  /** Opens the document (or says there is none). */
  async open(): Promise<void> {
    try {
      const snapshot = await this.options.hub.invoke(Hub.OpenDocument, this.options.meetingId);
      this.opened = true;
      this.render(snapshot);
      await Promise.all([...[...this.comments.values()].map((c) => c.load()), this.adopted.load()]);
    } catch (e) {
      this.el.replaceChildren(this.titleEl, h("p", {}, errorMessage(e)));
    }
  }

  /** The meeting's phase or the person's muting changed: editing and commenting follow. */
  setAccess(phase: MeetingPhase, muted: boolean): void {
    this.phase = phase;
    this.muted = muted;
    for (const section of this.sections.values()) {
      section.setMayEdit(this.mayEdit);
      section.setMayPresent(this.phase !== "Ended");
    }
    for (const panel of this.comments.values()) panel.setMayComment(this.mayEdit);
  }

  /** The section the facilitator shows everyone (or none). */
  setPresented(sectionId: string | null): void {
    this.presented = sectionId;
    for (const [id, section] of this.sections) section.setPresented(id === sectionId);
  }

  /** Brings a section into view (follow mode). */
  focusSection(sectionId: string): void {
    this.sections.get(sectionId)?.focus();
  }

  /** The document's sections, in order: the areas of the proposals board. */
  areas(): { id: string; heading: string }[] {
    return [...this.sections.values()].map((s) => ({ id: s.sectionId, heading: s.heading }));
  }

  headingOf(sectionId: string): string | undefined {
    return this.sections.get(sectionId)?.heading;
  }

  /** Someone left the meeting: their caret goes. */
  left(participantId: string): void {
    const sectionId = this.caretSection.get(participantId);
    if (sectionId) this.sections.get(sectionId)?.forget(participantId);
    this.caretSection.delete(participantId);
  }

  disconnected(): void {
    for (const section of this.sections.values()) section.disconnected();
  }

  dispose(): void {
    for (const off of this.unsubscribe) off();
    for (const section of this.sections.values()) section.destroy();
    this.sections.clear();
  }

  private render(snapshot: DocumentSnapshot): void {
    for (const section of this.sections.values()) section.destroy();
    this.sections.clear();
    this.comments.clear();
    this.documentId = snapshot.documentId;
    this.documentLocked = snapshot.locked;
    this.titleEl.textContent = snapshot.title;
    const list = h("div", { class: "vision live-vision" });
    for (const s of snapshot.sections) {
      const panel = new SectionPanel({
        snapshot: s,
        transport: this.transport(s.sectionId),
        mayEdit: this.mayEdit,
        documentLocked: snapshot.locked,
        facilitator: this.facilitator,
        youId: this.options.you.participantId,
        nameOf: this.options.nameOf,
        sendCaret: (anchor, head, revision) =>
          void this.options.hub
            .invoke(Hub.MoveCaret, this.options.meetingId, { sectionId: s.sectionId, anchor, head, revision, documentId: null })
            .catch(() => undefined), // a caret is advisory; the next one will do
        caretShown: (participantId) => this.caretShown(s.sectionId, participantId),
        setLock: (locked) => this.options.hub.invoke(Hub.SetLock, this.options.meetingId, { sectionId: s.sectionId, locked }),
        resync: (e) => void this.resync(s.sectionId, e),
        present: this.options.present ? () => this.options.present!(s.sectionId) : undefined,
        extras: (section) => {
          const comments = new CommentsPanel({
            hub: this.options.hub,
            meetingId: this.options.meetingId,
            section,
            mayComment: this.mayEdit,
            facilitator: this.facilitator,
            nameOf: this.options.nameOf,
          });
          this.comments.set(s.sectionId, comments);
          const history = new HistoryPanel({
            hub: this.options.hub,
            meetingId: this.options.meetingId,
            section,
            mayRestore: () => this.mayEdit,
            nameOf: this.options.nameOf,
          });
          return [comments.el, history.el];
        },
      });
      panel.setMayPresent(this.phase !== "Ended");
      this.sections.set(s.sectionId, panel);
      list.append(panel.el);
    }
    this.renderTools();
    this.setPresented(this.presented);
    this.el.replaceChildren(this.titleEl, this.toolsEl, this.alert.el, this.adopted.el, list);
  }

  private renderTools(): void {
    this.toolsEl.replaceChildren();
    if (this.documentLocked) this.toolsEl.append(h("p", { class: "lock-state" }, t("editor.documentLocked")));
    if (!this.facilitator) return;
    this.toolsEl.append(
      h(
        "button",
        {
          type: "button",
          onclick: () => void this.alert.run(() => this.options.hub.invoke(Hub.SetLock, this.options.meetingId, { sectionId: null, locked: !this.documentLocked })),
        },
        this.documentLocked ? t("editor.unlockDocument") : t("editor.lockDocument"),
      ),
      h(
        "button",
        {
          type: "button",
          onclick: () => {
            if (window.confirm(t("editor.adoptConfirm"))) void this.alert.run(() => this.options.hub.invoke(Hub.AdoptWording, this.options.meetingId));
          },
        },
        t("editor.adopt"),
      ),
    );
  }

  private transport(sectionId: string) {
    const { hub, meetingId } = this.options;
    return {
      submit: (baseRevision: number, op: TextOperation, clientOpId: string) =>
        hub.invoke(Hub.SubmitEdit, meetingId, { sectionId, baseRevision, operation: op.toJSON(), clientOpId, documentId: null }),
      editsAfter: (afterRevision: number) => hub.invoke(Hub.GetEdits, meetingId, { sectionId, afterRevision, documentId: null }),
    };
  }

  /** A person's caret is in one section at a time. */
  private caretShown(sectionId: string, participantId: string): void {
    const previous = this.caretSection.get(participantId);
    if (previous && previous !== sectionId) this.sections.get(previous)?.forget(participantId);
    this.caretSection.set(participantId, sectionId);
  }

  private lockChanged(change: LockChanged): void {
    if (change.sectionId === null) {
      this.documentLocked = change.locked;
      for (const section of this.sections.values()) section.setDocumentLocked(change.locked);
      this.renderTools();
    } else {
      this.sections.get(change.sectionId)?.setLocked(change.locked);
    }
  }

  /** A refused edit: the section starts again from the server's text, and the person is told why. */
  private async resync(sectionId: string, error: unknown): Promise<void> {
    const section = this.sections.get(sectionId);
    if (!section) return;
    try {
      const snapshot = await this.options.hub.invoke(Hub.OpenDocument, this.options.meetingId);
      const fresh = snapshot.sections.find((s) => s.sectionId === sectionId);
      if (fresh) section.reset(fresh);
      this.comments.get(sectionId)?.highlight();
      section.alert.show(t("editor.notSaved", { reason: errorMessage(error) }));
    } catch (e) {
      section.alert.error(e);
    }
  }

  /** The connection fell too far behind and the server sent the document instead of the backlog. */
  private async caughtUp(snapshot: DocumentSnapshot): Promise<void> {
    if (!this.opened || snapshot.documentId !== this.documentId) return;
    const sameSections = snapshot.sections.length === this.sections.size && snapshot.sections.every((s) => this.sections.has(s.sectionId));
    if (!sameSections) this.render(snapshot);
    else for (const s of snapshot.sections) this.sections.get(s.sectionId)?.caughtUp(s);
    this.lockChanged({ documentId: snapshot.documentId, sectionId: null, locked: snapshot.locked });
    // Comments and adopted wordings published meanwhile were dropped with the backlog.
    await Promise.all([...[...this.comments.values()].map((c) => c.load()), this.adopted.load()]).catch((e: unknown) => this.alert.error(e));
  }

  /** After a reconnect the connection opens the document again and each section catches up. */
  private async rejoined(): Promise<void> {
    if (!this.opened) return;
    try {
      const snapshot = await this.options.hub.invoke(Hub.OpenDocument, this.options.meetingId);
      const sameSections = snapshot.sections.length === this.sections.size && snapshot.sections.every((s) => this.sections.has(s.sectionId));
      if (!sameSections) {
        this.render(snapshot);
      } else {
        await Promise.all([...this.sections.values()].map((s) => s.rejoined()));
        for (const s of snapshot.sections) this.sections.get(s.sectionId)?.setLocked(s.locked);
        this.lockChanged({ documentId: snapshot.documentId, sectionId: null, locked: snapshot.locked });
      }
      await Promise.all([...[...this.comments.values()].map((c) => c.load()), this.adopted.load()]);
    } catch (e) {
      this.alert.error(e);
    }
  }
}
