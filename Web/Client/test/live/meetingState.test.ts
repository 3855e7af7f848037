import { describe, expect, it } from "vitest";
import { applyEvent, fromSnapshot, presentCount } from "../../src/live/meetingState";
import { entry, meetingId, snapshot } from "./fixtures";

describe("seatsMerged", () => {
  const laptop = entry("laptop", "Jana Nováková");
  const phone = entry("phone", "Jana (mobil)");

  it("takes the merged seat off the roster and counts the person present once", () => {
    const state = fromSnapshot(snapshot(4, ["f", "laptop", "phone"], [entry("f"), laptop, phone]));
    expect(presentCount(state)).toBe(3);

    const next = applyEvent(state, { kind: "seatsMerged", data: { meetingId, seq: 5, kept: laptop, mergedId: "phone", keptPresent: true } });

    expect(next.roster.map((e) => e.participantId)).toEqual(["f", "laptop"]);
    expect([...next.present].sort()).toEqual(["f", "laptop"]);
    expect(presentCount(next)).toBe(2);
    expect(next.seq).toBe(5);
  });

  it("makes the merged seat's own page the kept seat's, present through it", () => {
    const state = { ...fromSnapshot(snapshot(4, ["f", "phone"], [entry("f"), laptop, phone])), you: phone };

    const next = applyEvent(state, { kind: "seatsMerged", data: { meetingId, seq: 5, kept: laptop, mergedId: "phone", keptPresent: true } });

    expect(next.you).toEqual(laptop);
    expect(next.present.has("laptop")).toBe(true);
    expect(next.present.has("phone")).toBe(false);
  });
});
