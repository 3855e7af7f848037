import { ClientEvents, Hub, type QuestionsView, type WordCloudView } from "../contract.generated";
import { signal, type Signal } from "@preact/signals";
import { SectionSync } from "../documents/sectionSync";
import { MeetingChannel } from "../live/meetingChannel";
import { shownFocus, type MeetingState } from "../live/meetingState";
import type { JoinCard } from "../types";

/** A section's text kept current from the live edits, without an editor. */
export interface LiveSection {
  heading: string;
  text: string;
}

/** How often the countdown is redrawn (it shows whole seconds). */
const TICK_MS = 250;

/**
 * What a room screen shows, as signals: the meeting (snapshot and events over the viewer's own connection, so secret
 * and withheld results are exactly what that person may see), the join card's codes, the sections' live text, and the
 * server's clock for the countdown. Components read only the signals they show, so a tick redraws only the countdown.
 */
export class RoomModel {
  readonly state = signal<MeetingState | null>(null);
  readonly failed = signal<unknown>(null);
  readonly joinCard = signal<JoinCard | null>(null);
  /** The public questions, for a question shown on the screen (from the events, or read once when shown). */
  readonly questions = signal<QuestionsView | null>(null);
  /** The word cloud as everyone sees it, for the room screen (from the events, or read once when shown). */
  readonly wordCloud = signal<WordCloudView | null>(null);
  readonly sections = signal<ReadonlyMap<string, LiveSection>>(new Map());
  readonly now = signal(Date.now());
  private readonly channel: MeetingChannel;
  private readonly syncs = new Map<string, SectionSync>();
  private readonly ticker: ReturnType<typeof setInterval>;
  private cardKey = "";
  private cardAsked = 0;
  /** The parts read once already (by their signal). */
  private readonly asked = new Set<Signal<unknown>>();

  constructor(private readonly meetingId: string) {
    this.channel = new MeetingChannel(meetingId, {
      state: (next) => this.update(next),
      status: () => undefined,
      error: () => undefined, // the room screen keeps showing what it has
    });
    this.channel.on(ClientEvents.TextEdits, (e) => e.edits.forEach((edit) => this.syncs.get(edit.sectionId)?.receive(edit)));
    // An observer's screen gets the edits composed, and after falling behind the whole document again.
    this.channel.on(ClientEvents.TextChanges, (e) => e.changes.forEach((c) => this.syncs.get(c.sectionId)?.receiveChange(c)));
    this.channel.on(ClientEvents.DocumentSnapshot, () => void this.openDocument().catch(() => undefined));
    this.channel.onJoined(() => void this.openDocument().catch(() => undefined));
    this.ticker = setInterval(() => (this.now.value = this.channel.clock.now()), TICK_MS);
  }

  start(): void {
    this.channel.start().then(
      async (s) => {
        this.update(s);
        await this.openDocument();
      },
      (e: unknown) => {
        this.failed.value = e;
        void this.channel.stop();
      },
    );
  }

  dispose(): void {
    clearInterval(this.ticker);
    void this.channel.stop();
  }

  private update(next: MeetingState): void {
    this.now.value = this.channel.clock.now();
    this.state.value = next;
    this.readJoinCard(next);
    const kind = shownFocus(next).kind;
    this.follow(this.questions, next.questions, kind === "Question", () => this.channel.invoke(Hub.GetQuestions, this.meetingId));
    this.follow(this.wordCloud, next.wordCloud, kind === "WordCloud", () => this.channel.invoke(Hub.GetWordCloud, this.meetingId));
  }

  /**
   * A part the events keep (the questions, the word cloud): shown before this screen heard of any change of it, it is
   * read once; after that its events bring it.
   */
  private follow<T>(target: Signal<T | null>, fromEvents: T | undefined, shown: boolean, read: () => Promise<T>): void {
    if (fromEvents) {
      target.value = fromEvents;
    } else if (shown && !this.asked.has(target)) {
      this.asked.add(target);
      read().then(
        (view) => {
          target.value ??= view;
        },
        () => this.asked.delete(target),
      );
    }
  }

  /**
   * Asks for the join card's codes whenever what it would show may have changed (only a hash of a participants' code
   * is ever in the events, so the codes come by their own call, which gives that code to facilitators only).
   */
  private readJoinCard(s: MeetingState): void {
    const focus = shownFocus(s);
    const shows = focus.kind === "JoinCard" || focus.kind === "None";
    const key = shows ? [focus.since, focus.codes, s.roomScreen.since, s.details.publicWatchEnabled, s.details.phase].join("|") : "";
    if (key === this.cardKey) return;
    this.cardKey = key;
    if (!shows) {
      this.joinCard.value = null;
      return;
    }
    const asked = ++this.cardAsked;
    this.channel.invoke(Hub.GetJoinCard, this.meetingId).then(
      (card) => {
        if (asked === this.cardAsked) this.joinCard.value = card;
      },
      () => undefined,
    );
  }

  /** The document's sections, kept current by the same OT client the editors use. */
  private async openDocument(): Promise<void> {
    if (!this.state.value?.details.visionDocumentId) return;
    const snapshot = await this.channel.invoke(Hub.OpenDocument, this.meetingId);
    const texts = new Map<string, LiveSection>(snapshot.sections.map((s) => [s.sectionId, { heading: s.heading, text: s.text }]));
    this.syncs.clear();
    for (const section of snapshot.sections) {
      this.syncs.set(
        section.sectionId,
        new SectionSync({
          revision: section.revision,
          transport: {
            submit: () => Promise.reject(new Error("the room screen does not edit")),
            editsAfter: (afterRevision) => this.channel.invoke(Hub.GetEdits, this.meetingId, { sectionId: section.sectionId, afterRevision, documentId: null }),
          },
          applyToEditor: (op) => {
            const current = this.sections.value.get(section.sectionId);
            if (!current) return;
            const next = new Map(this.sections.value);
            next.set(section.sectionId, { ...current, text: op.apply(current.text) });
            this.sections.value = next;
          },
          refused: () => undefined,
        }),
      );
    }
    this.sections.value = texts;
  }
}
