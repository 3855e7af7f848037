// @vitest-environment happy-dom
import { signal } from "@preact/signals";
import { act } from "preact/test-utils";
import { beforeEach, describe, expect, it } from "vitest";
import { TimerPanel } from "../../src/meetings/timerPanel";
import type { MeetingTimer } from "../../src/types";
import { commands, czech, find, live, meeting, mount, type } from "./dom";

const start = Date.parse("2026-05-26T11:00:00+00:00");
const running = (minutes: number): MeetingTimer => ({ label: null, speakerId: null, durationMs: minutes * 60_000, remainingMs: minutes * 60_000, endsAt: new Date(start + minutes * 60_000).toISOString(), finished: false, running: true });

describe("the countdown panel", () => {
  beforeEach(czech);

  it("keeps a half-typed label and its focus while the countdown starts, ticks and is held", async () => {
    const state = meeting("Facilitator");
    const now = signal(start);
    const host = await mount(<TimerPanel state={state} now={now} commands={commands()} />);
    const label = find<HTMLInputElement>(host, ".timer-form input[name=label]");
    await type(label, "Diskuse ke sta");

    await live(state, () => ({ timer: running(5) }));
    await act(() => {
      now.value = start + 61_000;
    });
    expect(find(host, ".timer-display").textContent).toBe("3:59");
    await live(state, (s) => ({ timer: { ...s.timer!, endsAt: null, remainingMs: 239_000 } }));

    expect(find(host, ".timer-state").textContent).toContain("pozastaveno");
    expect(find<HTMLInputElement>(host, ".timer-form input[name=label]")).toBe(label);
    expect(label.value).toBe("Diskuse ke sta");
    expect(document.activeElement).toBe(label);
  });
});
