import { describe, expect, it } from "vitest";
import type { MeetingEvent } from "../../src/live/events";
import { MeetingSequencer } from "../../src/live/sequencer";
import { presentCount } from "../../src/live/meetingState";
import type { MeetingDetails, RosterEntry } from "../../src/types";
import { details, entry, meetingId, snapshot } from "./fixtures";

const presence = (seq: number, participantId: string, isPresent = true): MeetingEvent => ({
  kind: "presenceChanged",
  data: { meetingId, seq, participantId, isPresent },
});

const rosterChanged = (seq: number, e: RosterEntry): MeetingEvent => ({ kind: "rosterChanged", data: { meetingId, seq, entry: e } });

const updated = (seq: number, phase: MeetingDetails["phase"]): MeetingEvent => ({
  kind: "meetingUpdated",
  data: { meetingId, seq, details: details(phase) },
});

describe("MeetingSequencer", () => {
  it("holds events back until the snapshot arrives", () => {
    const s = new MeetingSequencer();
    const r = s.receive(rosterChanged(6, entry("p")));
    expect(r).toEqual({ applied: [], needsSnapshot: false });
    expect(s.state).toBeNull();
    expect(s.waiting).toBe(true);
  });

  it("applies held-back events that follow the snapshot and drops those it already contains", () => {
    const s = new MeetingSequencer();
    s.receive(presence(5, "f"));
    s.receive(rosterChanged(6, entry("p")));
    s.receive(presence(7, "p"));
    const r = s.snapshot(snapshot(5));
    expect(r.applied.map((e) => e.data.seq)).toEqual([6, 7]);
    expect(r.needsSnapshot).toBe(false);
    expect(s.state!.seq).toBe(7);
    expect(s.state!.roster.map((e) => e.participantId)).toEqual(["f", "p"]);
    expect([...s.state!.present].sort()).toEqual(["f", "p"]);
    expect(s.waiting).toBe(false);
  });

  it("drops events at or below the current sequence number", () => {
    const s = new MeetingSequencer();
    s.snapshot(snapshot(10));
    expect(s.receive(presence(9, "x")).applied).toEqual([]);
    expect(s.receive(presence(10, "x")).applied).toEqual([]);
    expect(s.state!.present.has("x")).toBe(false);
    expect(s.state!.seq).toBe(10);
  });

  it("applies the next event in sequence", () => {
    const s = new MeetingSequencer();
    s.snapshot(snapshot(3));
    const r = s.receive(updated(4, "Live"));
    expect(r.applied).toHaveLength(1);
    expect(s.state!.details.phase).toBe("Live");
    expect(s.state!.seq).toBe(4);
  });

  it("asks for a snapshot on a gap and holds events until it comes", () => {
    const s = new MeetingSequencer();
    s.snapshot(snapshot(3));
    const r = s.receive(presence(5, "f", false));
    expect(r).toEqual({ applied: [], needsSnapshot: true });
    expect(s.waiting).toBe(true);
    // Later events are held too, not applied on top of the stale state.
    expect(s.receive(presence(6, "f")).applied).toEqual([]);
    expect(s.state!.seq).toBe(3);

    // The fresh snapshot covers 4 and 5; 6 is re-applied on top of it.
    const after = s.snapshot(snapshot(5, [], [entry("f")]));
    expect(after.applied.map((e) => e.data.seq)).toEqual([6]);
    expect(after.needsSnapshot).toBe(false);
    expect(s.state!.present.has("f")).toBe(true);
    expect(s.state!.seq).toBe(6);
  });

  it("asks again when the held-back events still leave a gap after the snapshot", () => {
    const s = new MeetingSequencer();
    s.receive(presence(9, "f"));
    const r = s.snapshot(snapshot(5));
    expect(r.needsSnapshot).toBe(true);
    expect(s.waiting).toBe(true);
  });

  it("after a reset holds events back and starts again from the new snapshot", () => {
    const s = new MeetingSequencer();
    s.snapshot(snapshot(2));
    s.receive(presence(3, "p"));
    s.reset();
    expect(s.waiting).toBe(true);
    expect(s.receive(presence(4, "f", false)).applied).toEqual([]);
    // The state stays visible while reconnecting.
    expect(s.state!.seq).toBe(3);
    const r = s.snapshot(snapshot(8, ["f"], [entry("f"), entry("p")]));
    expect(r.applied).toEqual([]);
    expect(s.state!.seq).toBe(8);
    expect(s.receive(presence(9, "p")).applied).toHaveLength(1);
    expect(presentCount(s.state!)).toBe(2);
  });

  it("applies events delivered out of order while held back in sequence order", () => {
    const s = new MeetingSequencer();
    s.receive(presence(3, "p", false));
    s.receive(presence(2, "p"));
    const r = s.snapshot(snapshot(1, ["f"], [entry("f"), entry("p")]));
    expect(r.applied.map((e) => e.data.seq)).toEqual([2, 3]);
    expect(s.state!.present.has("p")).toBe(false);
  });

  it("replaces a changed roster entry, including the viewer's own", () => {
    const s = new MeetingSequencer();
    s.snapshot(snapshot(1));
    s.receive(rosterChanged(2, { ...entry("f"), displayName: "Nové jméno" }));
    expect(s.state!.roster).toHaveLength(1);
    expect(s.state!.you.displayName).toBe("Nové jméno");
  });

  it("counts observers from audienceChanged and lists only the viewer's own observer entry", () => {
    const s = new MeetingSequencer();
    s.snapshot(snapshot(1));
    s.receive({ kind: "audienceChanged", data: { meetingId, seq: 2, watching: 412 } });
    expect(s.state!.watching).toBe(412);
    s.receive(rosterChanged(3, { ...entry("o"), role: "Observer", removed: true }));
    expect(s.state!.roster.map((e) => e.participantId)).toEqual(["f"]);
    expect(s.state!.seq).toBe(3);

    const watcher = new MeetingSequencer();
    const own = { ...entry("me"), role: "Observer" as const };
    watcher.snapshot({ ...snapshot(1, [], [entry("f")]), you: own });
    watcher.receive(rosterChanged(2, { ...own, removed: true }));
    expect(watcher.state!.you.removed).toBe(true);
    expect(watcher.state!.roster.map((e) => e.participantId)).toEqual(["f"]);
  });
});
