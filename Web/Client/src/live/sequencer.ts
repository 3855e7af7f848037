import type { MeetingSnapshot } from "../types";
import type { MeetingEvent } from "./events";
import { applyEvent, fromSnapshot, type MeetingState } from "./meetingState";

/** What became of the events handed to the sequencer. */
export interface SequencerResult {
  /** Events applied to the state, in order (for announcements). */
  applied: MeetingEvent[];
  /** True when a gap was seen: the caller should fetch a snapshot and hand it to {@link MeetingSequencer.snapshot}. */
  needsSnapshot: boolean;
}

/**
 * Keeps a meeting's state consistent with the server's numbered events. Every event carries the meeting's
 * sequence number, which counts without gaps:
 * - events that arrive before a snapshot are held back;
 * - events at or below the snapshot's number are already in it and are dropped;
 * - the next number is applied;
 * - a higher number means an event was missed: events are held back until a fresh snapshot arrives.
 */
export class MeetingSequencer {
  private current: MeetingState | null = null;
  private pending: MeetingEvent[] = [];
  private awaitingSnapshot = true;

  get state(): MeetingState | null {
    return this.current;
  }

  /** True until a snapshot has been taken (at the start, after a reset, and after a gap). */
  get waiting(): boolean {
    return this.awaitingSnapshot;
  }

  /** Forget the sequence (after a reconnect): hold events back until the next snapshot. The state stays for display. */
  reset(): void {
    this.awaitingSnapshot = true;
    this.pending = [];
  }

  /** Takes a snapshot as the new base and applies the held-back events that follow it. */
  snapshot(snapshot: MeetingSnapshot): SequencerResult {
    this.current = fromSnapshot(snapshot);
    this.awaitingSnapshot = false;
    const held = this.pending;
    this.pending = [];
    return this.drain(held);
  }

  /** Handles one event as it arrives. */
  receive(event: MeetingEvent): SequencerResult {
    if (this.awaitingSnapshot || this.current === null) {
      this.hold(event);
      return { applied: [], needsSnapshot: false };
    }
    return this.drain([event]);
  }

  private drain(events: MeetingEvent[]): SequencerResult {
    const applied: MeetingEvent[] = [];
    const ordered = [...events].sort((a, b) => a.data.seq - b.data.seq);
    for (let i = 0; i < ordered.length; i++) {
      const event = ordered[i];
      const state = this.current!;
      if (event.data.seq <= state.seq) {
        continue;
      }
      if (event.data.seq === state.seq + 1) {
        this.current = applyEvent(state, event);
        applied.push(event);
        continue;
      }
      // A gap: keep this and the later events until a snapshot covers the missing ones.
      this.awaitingSnapshot = true;
      for (const rest of ordered.slice(i)) {
        this.hold(rest);
      }
      return { applied, needsSnapshot: true };
    }
    return { applied, needsSnapshot: false };
  }

  private hold(event: MeetingEvent): void {
    if (!this.pending.some((e) => e.data.seq === event.data.seq)) {
      this.pending.push(event);
    }
  }
}
