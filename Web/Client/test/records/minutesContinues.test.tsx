// @vitest-environment happy-dom
import { signal } from "@preact/signals";
import { beforeEach, describe, expect, it } from "vitest";
import type { MeetingCommand } from "../../src/contract.generated";
import type { MinutesNotes } from "../../src/records/minutesNotes";
import { MinutesPanel } from "../../src/records/minutesPanel";
import type { AgendaItem } from "../../src/types";
import { click, commands, czech, find, live, meeting, mount } from "../panels/dom";

const item = (id: string, title: string): AgendaItem => ({ id, title, presenter: null, plannedMinutes: 10, kind: "Discussion", spentMs: 0, intentions: null });
const agenda = { items: [item("i1", "Aktuality"), item("i2", "Financování"), item("i3", "Aktuality – pokračování")], currentItemId: null, currentSince: null };
/** The notes' editors stand in as empty elements (the panel mounts them; what they hold is not this test's concern). */
const notes = { shown: signal(0), failure: signal(""), of: () => document.createElement("div") } as unknown as MinutesNotes;

describe("an item that continues the one before it (pokračování bodu)", () => {
  beforeEach(czech);

  it("is a checkbox for the facilitator on every item but the first; a change is the command, the state checks it", async () => {
    const state = meeting("Facilitator", { agenda });
    const sent: MeetingCommand[] = [];
    const host = await mount(<MinutesPanel state={state} notes={notes} commands={commands({ execute: (c: never) => sent.push(c) })} meetingId="m1" announce={() => undefined} />);

    const boxes = [...host.querySelectorAll<HTMLLabelElement>(".minutes-continues")];
    expect(boxes.map((b) => b.textContent?.trim())).toEqual(["Pokračování bodu „Aktuality“ (stejné číslo Ad)", "Pokračování bodu „Financování“ (stejné číslo Ad)"]);
    expect(find(host, "[data-agenda-item=i1]").querySelector(".minutes-continues")).toBeNull();
    const third = find<HTMLInputElement>(host, "[data-agenda-item=i3] .minutes-continues input");
    await click(third);
    expect(sent).toEqual([{ type: "setMinutesItemContinues", agendaItemId: "i3", continues: true }]);

    await live(state, (s) => ({ minutes: { ...s.minutes, continuingItems: ["i3"] } }));
    expect(third.checked).toBe(true);
    expect(document.activeElement).toBe(third);
    expect(find<HTMLInputElement>(host, "[data-agenda-item=i2] .minutes-continues input").checked).toBe(false);
  });

  it("is not offered to participants", async () => {
    const host = await mount(<MinutesPanel state={meeting("Participant", { agenda })} notes={notes} commands={commands()} meetingId="m1" announce={() => undefined} />);
    expect(host.querySelectorAll(".minutes-item")).toHaveLength(3);
    expect(host.querySelector(".minutes-continues")).toBeNull();
  });
});
