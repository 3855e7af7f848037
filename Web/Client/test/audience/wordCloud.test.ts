import { describe, expect, it } from "vitest";
import { wordSize } from "../../src/audience/wordCloud";
import { applyEvent, fromSnapshot } from "../../src/live/meetingState";
import { meetingId, snapshot } from "../live/fixtures";

describe("word cloud and reactions", () => {
  it("sizes words in five steps by the square root of their share, so a single answer stays readable", () => {
    expect([1, 4, 9, 16, 25, 100].map((n) => wordSize(n, 100))).toEqual([1, 2, 2, 3, 3, 5]);
    expect(wordSize(1, 1)).toBe(5);
    expect(wordSize(0, 0)).toBe(1);
  });

  it("keeps the cloud everyone sees and each burst as a new value, without reading anything", () => {
    const state = fromSnapshot(snapshot(4));
    const cloud = { prompt: "Co chybí?", open: true, audienceMay: true, words: [{ word: "Lavičky", count: 2 }], answers: 2, hidden: [], mine: [], cloudId: "c1", answersPerPerson: 3, audienceMayReact: false, inMinutes: false };
    const withCloud = applyEvent(state, { kind: "wordCloudChanged", data: { meetingId, seq: 5, cloud } });
    expect(withCloud.wordCloud).toEqual(cloud);
    const burst = { meetingId, seq: 6, counts: [{ reaction: "Clap" as const, count: 3 }], lastMinute: [{ reaction: "Clap" as const, count: 3 }] };
    const reacted = applyEvent(withCloud, { kind: "reactionsBurst", data: burst });
    expect(reacted.reactions).toBe(burst);
    expect(reacted.wordCloud).toBe(withCloud.wordCloud);
    expect(reacted.seq).toBe(6);
  });
});
