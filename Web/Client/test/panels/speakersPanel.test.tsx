// @vitest-environment happy-dom
import { signal } from "@preact/signals";
import { beforeEach, describe, expect, it } from "vitest";
import { SpeakersPanel } from "../../src/meetings/speakersPanel";
import type { Speakers } from "../../src/types";
import { click, commands, czech, find, live, meeting, mount } from "./dom";

const hands = (...ids: string[]): Speakers => ({
  queue: ids.map((participantId, i) => ({ participantId, raisedAt: `2026-05-26T11:0${i}:00+00:00` })),
  floor: null,
  limitSeconds: null,
  turns: [],
});

const names: Record<string, string> = { f: "Petra", m: "Marie", k: "Karel", z: "Zdeněk" };

describe("the speakers panel", () => {
  beforeEach(czech);

  it("keeps the facilitator's focus on a hand while others raise and lower theirs", async () => {
    const state = meeting("Facilitator", { speakers: hands("m", "k") });
    const host = await mount(<SpeakersPanel state={state} now={signal(0)} commands={commands()} nameOf={(id) => names[id]} />);
    const give = find<HTMLButtonElement>(host, ".queue [data-participant=k] button");
    give.focus();

    await live(state, () => ({ speakers: hands("m", "k", "z") }));
    await live(state, () => ({ speakers: hands("k", "z") }));

    expect([...host.querySelectorAll(".queue .name")].map((n) => n.textContent)).toEqual(["Karel", "Zdeněk"]);
    expect(find(host, ".queue [data-participant=k] button")).toBe(give);
    expect(document.activeElement).toBe(give);
  });

  it("follows someone moved down the queue with the focus", async () => {
    const state = meeting("Facilitator", { speakers: hands("m", "k", "z") });
    const host = await mount(<SpeakersPanel state={state} now={signal(0)} commands={commands()} nameOf={(id) => names[id]} />);
    await click(find(host, ".queue [data-participant=m] [data-move=down]"));

    await live(state, () => ({ speakers: hands("k", "m", "z") }));

    expect([...host.querySelectorAll(".queue .name")].map((n) => n.textContent)).toEqual(["Karel", "Marie", "Zdeněk"]);
    expect(document.activeElement).toBe(find(host, ".queue [data-participant=m] [data-move=down]"));
  });
});
