import { describe, expect, it } from "vitest";
import { fromSnapshot, shownFocus } from "../../src/live/meetingState";
import { mayDownloadRecords } from "../../src/meetings/panel";
import type { MeetingPhase, MeetingRole } from "../../src/types";
import { details, entry, snapshot } from "../live/fixtures";

const stateOf = (role: MeetingRole, phase: MeetingPhase = "Live") => {
  const you = { ...entry("y"), role };
  return fromSnapshot({ ...snapshot(1, ["y"], [you]), details: details(phase), focus: { kind: "Section", targetId: "s1", since: "2026-05-26T11:05:00+00:00", codes: "None" } });
};

describe("what a person is offered", () => {
  it("offers the records' files to members only, not to observers", () => {
    expect([mayDownloadRecords(stateOf("Observer")), mayDownloadRecords(stateOf("Participant")), mayDownloadRecords(stateOf("Facilitator"))]).toEqual([false, true, true]);
    expect(mayDownloadRecords(stateOf("Participant", "Ended"))).toBe(true);
  });

  it("shows nothing to everyone once the meeting has ended", () => {
    expect(shownFocus(stateOf("Participant")).targetId).toBe("s1");
    expect(shownFocus(stateOf("Participant", "Ended"))).toMatchObject({ kind: "None", targetId: null });
  });
});
