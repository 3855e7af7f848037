// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { MeetingHubAccess } from "../../src/live/meetingChannel";
import { MinutesNotes } from "../../src/records/minutesNotes";
import { MinutesPanel } from "../../src/records/minutesPanel";
import type { ActionItem } from "../../src/types";
import { click, commands, czech, find, live, meeting, mount, type } from "./dom";

/** A hub whose minutes have no sections yet (no agenda): the panel shows the tasks, the footer and the versions. */
const hub: MeetingHubAccess = {
  invoke: <T,>() => Promise.resolve({ documentId: "d1", sections: [] } as T),
  on: () => () => undefined,
  onJoined: () => () => undefined,
};

const task = (id: string, text: string): ActionItem =>
  ({ id, text, responsible: "Marie", due: null, status: "Open", agendaItemId: null, originMeetingId: "m1" }) as ActionItem;

describe("the minutes panel", () => {
  let notes: MinutesNotes;
  beforeEach(() => {
    czech();
    notes = new MinutesNotes(hub, "m1", (id) => id);
  });
  afterEach(() => notes.dispose());

  it("keeps a half-typed task and the footer being typed, with the focus, while tasks and the footer change", async () => {
    const state = meeting("Facilitator");
    notes.update(state.value);
    const host = await mount(<MinutesPanel state={state} notes={notes} commands={commands()} meetingId="m1" announce={() => undefined} />);
    const taskText = find<HTMLTextAreaElement>(host, ".minutes-other .task-form textarea[name=text]");
    await type(taskText, "Oslovit zástupce peču");
    const recordedBy = find<HTMLInputElement>(host, ".footer-form input[name=recordedBy]");
    await type(recordedBy, "Kateřina Marc");

    await live(state, () => ({ actionItems: [task("t1", "Zjistit ceny laviček")] }));
    await live(state, (s) => ({ minutes: { ...s.minutes, footer: { recordedBy: null, signedAt: "V Brně", writtenOn: null } } }));

    expect(find(host, ".minutes-other .task").textContent).toContain("Zjistit ceny laviček");
    expect(find<HTMLInputElement>(host, ".footer-form input[name=signedAt]").value).toBe("V Brně");
    expect(taskText.value).toBe("Oslovit zástupce peču");
    expect(recordedBy.value).toBe("Kateřina Marc");
    expect(document.activeElement).toBe(recordedBy);
  });

  it("saves the day the minutes were written with the footer", async () => {
    const state = meeting("Facilitator");
    notes.update(state.value);
    const saved: unknown[] = [];
    const given = commands({ setMinutesFooter: (footer: never) => saved.push(footer) });
    const host = await mount(<MinutesPanel state={state} notes={notes} commands={given} meetingId="m1" announce={() => undefined} />);

    await type(find<HTMLInputElement>(host, ".footer-form input[name=writtenOn]"), "2026-11-28");
    await click(find(host, ".footer-form button[type=submit]"));

    expect(saved).toEqual([{ recordedBy: null, signedAt: null, writtenOn: "2026-11-28" }]);
  });
});
