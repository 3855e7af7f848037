import { h, uid } from "../dom";
import { t } from "../i18n";
import { TextOperation } from "../text";
import type { CaretMovedMessage, Comment, SectionSnapshot, TextChangeMessage, TextEditedMessage } from "../types";
import { AlertBox, StatusBox } from "../ui/forms";
import { colourOf } from "./colours";
import { SectionSync, type SectionTransport } from "./sectionSync";
import { PlainSectionText, type SectionTextView } from "./sectionText";
import "./sectionText.css";
import { Writers } from "./writers";

/** How often at most a moving caret is sent. */
const CARET_EVERY_MS = 100;

/** Starts the client operation id of an edit the server made itself (restoring a version): it moves no caret. */
const SERVER_MADE_PREFIX = "restore:";

/** A load of the editor quicker than this is not worth a message. */
const LOADING_SAID_AFTER_MS = 250;

let editorModule: Promise<typeof import("./sectionEditor")> | null = null;

/** The editor's chunk (CodeMirror), fetched once, when the first section is edited; again after a failed fetch. */
function loadEditor(): Promise<typeof import("./sectionEditor")> {
  return (editorModule ??= import("./sectionEditor").catch((error: unknown) => {
    editorModule = null;
    throw error;
  }));
}

export interface SectionPanelOptions {
  snapshot: SectionSnapshot;
  transport: SectionTransport;
  /** May this person edit at all (participant or facilitator, meeting not ended)? */
  mayEdit: boolean;
  documentLocked: boolean;
  facilitator: boolean;
  youId: string;
  nameOf(participantId: string): string;
  sendCaret(anchor: number, head: number, revision: number): void;
  /** Someone's caret is now shown in this section (so it can go from any other). */
  caretShown?(participantId: string): void;
  setLock(locked: boolean): Promise<void>;
  /** The server refused an edit: reload this section from the server's text. */
  resync(error: unknown): void;
  /** Extra parts under the editor (comments, history). */
  extras: (panel: SectionPanel) => HTMLElement[];
  /** For the facilitator: shows this section to everyone (follow mode, projector). */
  present?: () => Promise<unknown>;
}

/**
 * One section of the vision document: heading, lock, who is writing, the live text: plain until this person starts
 * editing, then the editor (loaded then, docs/architecture.md "Chunks").
 */
export class SectionPanel {
  readonly el: HTMLElement;
  readonly headingId = uid("section");
  readonly alert = new AlertBox();
  private readonly lockEl = h("p", { class: "lock-state" });
  private readonly presentedEl = h("span", { class: "badge presented", hidden: true }, t("follow.presented"));
  private readonly writersEl = h("p", { class: "writers", "aria-live": "off" });
  private readonly hintEl = h("p", { id: uid("hint"), class: "visually-hidden" });
  private readonly lockButton: HTMLButtonElement | null;
  private readonly presentButton: HTMLButtonElement | null;
  // A quiet person's caret goes with their name, so no label lingers over the text.
  private readonly writers = new Writers(
    () => this.renderWriters(),
    (participantId) => this.editor.hideCaret(participantId),
  );
  private readonly editorHost: HTMLElement;
  private readonly loadingEl = new StatusBox();
  private editor: SectionTextView;
  private plain: PlainSectionText | null;
  private destroyed = false;
  private sync: SectionSync;
  private sectionLocked: boolean;
  private documentLocked: boolean;
  private mayEdit: boolean;
  private caretTimer: ReturnType<typeof setTimeout> | null = null;
  private lastCaretSent = "";
  /** The revision at which this person's caret was last sent (-1: never). */
  private caretSentAt = -1;

  constructor(private readonly options: SectionPanelOptions) {
    const s = options.snapshot;
    this.sectionLocked = s.locked;
    this.documentLocked = options.documentLocked;
    this.mayEdit = options.mayEdit;
    this.lockButton = options.facilitator
      ? h("button", { type: "button", onclick: () => void this.toggleLock() })
      : null;
    this.presentButton = options.present
      ? h("button", { type: "button", "aria-describedby": this.headingId, onclick: () => void this.alert.run(options.present!) }, t("follow.present"))
      : null;
    this.editorHost = h("div", { class: "editor", "data-section": s.sectionId });
    this.el = h(
      "section",
      { class: "vision-section live-section", "aria-labelledby": this.headingId, "data-section": s.sectionId },
      h(
        "div",
        { class: "section-head" },
        h("h3", { id: this.headingId, tabindex: "-1" }, s.heading),
        this.presentedEl,
        h(
          "div",
          { class: "item-actions" },
          this.presentButton,
          this.lockButton,
        ),
      ),
      this.lockEl,
      this.hintEl,
      this.alert.el,
      this.loadingEl.el,
      this.editorHost,
      this.writersEl,
    );
    this.plain = new PlainSectionText({
      text: s.text,
      labelledBy: this.headingId,
      describedBy: this.hintEl.id,
      editable: this.editable,
      startEditing: () => void this.startEditing(),
    });
    this.editorHost.append(this.plain.el);
    this.editor = this.plain;
    this.sync = this.newSync(s.revision);
    this.el.append(...options.extras(this));
    this.renderLock();
  }

  get sectionId(): string {
    return this.options.snapshot.sectionId;
  }

  get heading(): string {
    return this.options.snapshot.heading;
  }

  get revision(): number {
    return this.sync.revision;
  }

  get text(): string {
    return this.editor.text;
  }

  /** Is the section locked (by itself or with the whole document)? Nothing may be written or restored then. */
  get locked(): boolean {
    return this.sectionLocked || this.documentLocked;
  }

  /** The selection, as positions of the server's text at {@link revision}, once nothing is in flight. */
  serverSelection(): { from: number; to: number; revision: number } | null {
    if (!this.sync.synchronized) return null;
    const { anchor, head } = this.editor.selection;
    return { from: Math.min(anchor, head), to: Math.max(anchor, head), revision: this.sync.revision };
  }

  /** An edit from `textEdits`; its author's caret goes to where the edit ended. */
  receive(edit: TextEditedMessage): void {
    this.sync.receive(edit);
    if (edit.clientOpId.startsWith(SERVER_MADE_PREFIX)) return;
    const end = TextOperation.fromJSON(edit.operation).changeEnd();
    if (end !== null) this.authorAt(edit.authorId, edit.revision, end);
  }

  /** Composed edits from `textChanges`, with where their authors stand. */
  receiveChange(change: TextChangeMessage): void {
    this.sync.receiveChange(change);
    for (const caret of change.carets) this.authorAt(caret.participantId, change.toRevision, caret.position);
  }

  /**
   * The server's snapshot for a connection that fell behind: with nothing in flight the section starts from it;
   * otherwise the missed edits are fetched, so one's own edit is recognised among them.
   */
  caughtUp(snapshot: SectionSnapshot): void {
    if (!this.sync.synchronized) this.sync.behind();
    else if (snapshot.revision > this.sync.revision) this.reset(snapshot);
    else this.setLocked(snapshot.locked);
  }

  /** An observer's carets come without a name: the roster holds the public one (docs/protocol.md, "Who the public sees"). */
  caretMoved(caret: CaretMovedMessage): void {
    const name = caret.displayName || this.options.nameOf(caret.participantId);
    this.showCaret(caret.participantId, name, caret.revision, caret.anchor, caret.head);
  }

  /** Highlights what the open comments are about (ranges given at the server's revisions). */
  showComments(comments: readonly Comment[]): void {
    const ranges = [];
    for (const c of comments) {
      // A range start stays in front of text typed there, its end behind: typing at either end stays outside.
      const mapped = this.sync.mapPositions(c.revision, [c.from, c.to], [true, false]);
      if (mapped) ranges.push({ commentId: c.id, from: mapped[0], to: mapped[1] });
    }
    this.editor.showCommentRanges(ranges);
  }

  /** Selects a comment's range in the text and moves the focus there. */
  showInText(comment: Comment): void {
    const mapped = this.sync.mapPositions(comment.revision, [comment.from, comment.to], [true, false]);
    if (mapped) this.editor.select(mapped[0], mapped[1]);
  }

  /** Marks the section as the one the facilitator shows everyone. */
  /** The section was renamed (the minutes follow their agenda item's title). */
  setHeading(heading: string): void {
    const el = this.el.querySelector(`#${this.headingId}`);
    if (el) el.textContent = heading;
  }

  setPresented(presented: boolean): void {
    this.presentedEl.hidden = !presented;
    this.el.classList.toggle("presented", presented);
  }

  /** Brings the section into view with the focus on its heading (follow mode). */
  focus(): void {
    const heading = this.el.querySelector<HTMLElement>("h3");
    heading?.scrollIntoView({ block: "start" });
    heading?.focus();
  }

  /** The participant's caret is now elsewhere (another section, or they left). */
  forget(participantId: string): void {
    this.editor.hideCaret(participantId);
    this.writers.forget(participantId);
  }

  setLocked(locked: boolean): void {
    this.sectionLocked = locked;
    this.renderLock();
  }

  setDocumentLocked(locked: boolean): void {
    this.documentLocked = locked;
    this.renderLock();
  }

  setMayEdit(mayEdit: boolean): void {
    this.mayEdit = mayEdit;
    this.renderLock();
  }

  disconnected(): void {
    this.sync.disconnected();
  }

  async rejoined(): Promise<void> {
    await this.sync.rejoined();
  }

  /** Starts again from the server's text (after a refused edit). */
  reset(snapshot: SectionSnapshot): void {
    this.editor.reset(snapshot.text);
    this.sync = this.newSync(snapshot.revision);
    this.sectionLocked = snapshot.locked;
    this.renderLock();
  }

  /** Showing the section to everyone is offered only while the facilitator may (not after the meeting ended). */
  setMayPresent(mayPresent: boolean): void {
    if (this.presentButton) this.presentButton.hidden = !mayPresent;
  }

  destroy(): void {
    this.destroyed = true;
    if (this.caretTimer) clearTimeout(this.caretTimer);
    this.writers.dispose();
    this.editor.destroy();
  }

  /** A caret that follows from its author's edit (a position of the server's text at `revision`). */
  private authorAt(participantId: string, revision: number, position: number): void {
    this.showCaret(participantId, this.options.nameOf(participantId), revision, position, position);
  }

  private showCaret(participantId: string, name: string, revision: number, anchor: number, head: number): void {
    if (participantId === this.options.youId) return;
    const mapped = this.sync.mapPositions(revision, [anchor, head], [true, true]);
    if (!mapped) return;
    this.editor.showCaret({ participantId, name, anchor: mapped[0], head: mapped[1] });
    this.writers.seen(participantId, name);
    this.options.caretShown?.(participantId);
  }

  private get editable(): boolean {
    return this.mayEdit && !this.locked;
  }

  private newSync(revision: number): SectionSync {
    return new SectionSync({
      revision,
      transport: this.options.transport,
      applyToEditor: (op) => this.editor.applyRemote(op),
      refused: (e) => this.options.resync(e),
      settled: () => this.scheduleCaret(),
    });
  }

  /** Replaces the plain text with the editor, which goes on from it (what was typed meanwhile, caret, focus). */
  private async startEditing(): Promise<void> {
    const plain = this.plain;
    if (!plain || this.editorHost.getAttribute("aria-busy") === "true") return;
    this.editorHost.setAttribute("aria-busy", "true");
    const slow = setTimeout(() => this.loadingEl.show(t("editor.loading")), LOADING_SAID_AFTER_MS);
    try {
      const { SectionEditor } = await loadEditor();
      // A word an input method is composing is finished first: the editor takes over what it became.
      if (plain.isComposing) await new Promise((done) => plain.el.addEventListener("compositionend", done, { once: true }));
      if (this.destroyed) return;
      const handOver = plain.handOver();
      plain.destroy();
      const editor = new SectionEditor(this.editorHost, {
        text: plain.text,
        labelledBy: this.headingId,
        describedBy: this.hintEl.id,
        editable: this.editable,
        edited: (op) => this.edited(op),
        selectionMoved: () => this.scheduleCaret(),
      });
      this.plain = null;
      this.editor = editor;
      editor.takeOver(handOver);
    } catch {
      this.alert.show(t("editor.loadFailed"));
    } finally {
      clearTimeout(slow);
      this.loadingEl.clear();
      this.editorHost.removeAttribute("aria-busy");
    }
  }

  private edited(op: TextOperation): void {
    this.alert.clear();
    this.sync.local(op);
  }

  /**
   * Sends the caret at most every 100 ms, only when it is expressed in the server's text, and only when the others
   * would not place it there anyway: after typing, everyone puts it at the end of this person's last edit, so a
   * workshop typing sends no carets; a click, an arrow key or a selection does.
   */
  private scheduleCaret(): void {
    if (!this.mayEdit || this.caretTimer) return;
    this.caretTimer = setTimeout(() => {
      this.caretTimer = null;
      if (!this.sync.synchronized || !this.editor.hasFocus) return;
      const { anchor, head } = this.editor.selection;
      const own = this.sync.ownCaret();
      if (own && own.revision > this.caretSentAt) {
        if (anchor === head && head === own.position) return; // the others follow the edit
      } else if (`${anchor}:${head}:${this.sync.revision}` === this.lastCaretSent) {
        return;
      }
      this.lastCaretSent = `${anchor}:${head}:${this.sync.revision}`;
      this.caretSentAt = this.sync.revision;
      this.options.sendCaret(anchor, head, this.sync.revision);
    }, CARET_EVERY_MS);
  }

  private renderLock(): void {
    this.editor.setEditable(this.editable);
    this.el.classList.toggle("locked", this.locked);
    this.lockEl.textContent = this.locked ? t("editor.locked") : this.mayEdit ? "" : t("editor.readOnly");
    // How to write together is said only to someone who may write here now.
    this.hintEl.textContent = this.editable ? t("editor.hint") : "";
    if (this.lockButton) {
      this.lockButton.textContent = this.sectionLocked ? t("editor.unlockSection") : t("editor.lockSection");
      this.lockButton.setAttribute("aria-describedby", this.headingId);
    }
  }

  private renderWriters(): void {
    this.writersEl.replaceChildren();
    const writers = this.writers.current;
    if (writers.length === 0) return;
    this.writersEl.append(t("editor.writing"), " ");
    let first = true;
    for (const [id, name] of writers) {
      if (!first) this.writersEl.append(", ");
      first = false;
      this.writersEl.append(h("span", { class: "writer", style: `color: ${colourOf(id)}` }, name));
    }
  }

  private async toggleLock(): Promise<void> {
    await this.alert.run(() => this.options.setLock(!this.sectionLocked));
  }
}
