// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { MeetingHubAccess } from "../../src/live/meetingChannel";
import { forgetTicket, storeTicket } from "../../src/live/tickets";
import { MinutesNotes } from "../../src/records/minutesNotes";
import { MinutesPanel } from "../../src/records/minutesPanel";
import type { MeetingState } from "../../src/live/meetingState";
import { click, commands, czech, live, meeting, mount } from "../panels/dom";

const hub: MeetingHubAccess = {
  invoke: <T,>() => Promise.resolve({ documentId: "d1", sections: [] } as T),
  on: () => () => undefined,
  onJoined: () => () => undefined,
};

const approved = (s: MeetingState): Partial<MeetingState> => ({
  minutes: { ...s.minutes, versions: [{ number: 1, approvedAt: "2026-12-01T14:00:00Z", approvedByName: "" }] },
});

describe("the public version of the minutes", () => {
  let notes: MinutesNotes;
  beforeEach(() => {
    czech();
    notes = new MinutesNotes(hub, "m1", (id) => id);
  });
  afterEach(() => {
    notes.dispose();
    forgetTicket("m1");
    vi.unstubAllGlobals();
  });

  it("is offered to an observer once the minutes are approved, and fetched with the observer's ticket", async () => {
    storeTicket("m1", "ticket-of-observer");
    const state = meeting("Observer");
    notes.update(state.value);
    const host = await mount(<MinutesPanel state={state} notes={notes} commands={commands()} meetingId="m1" announce={() => undefined} />);
    expect(host.querySelector(".public-minutes")).toBeNull();

    await live(state, approved);
    const section = host.querySelector<HTMLElement>(".public-minutes")!;
    const heading = section.querySelector("h4")!;
    expect(heading.textContent).toBe("Zápis (veřejná verze)");
    expect(section.getAttribute("aria-labelledby")).toBe(heading.id);
    const buttons = [...section.querySelectorAll<HTMLButtonElement>("button")];
    expect(buttons.map((b) => b.textContent)).toEqual(["Word (DOCX)", "Markdown", "Pro tisk (PDF)"]);
    expect(document.getElementById(buttons[0].getAttribute("aria-describedby")!)?.textContent).toContain("jak je vidí veřejnost");
    // Who approved is not public: no empty "()" after the date.
    expect(host.querySelector("[data-version='1']")?.textContent).toMatch(/^Verze 1, schválena [^()]+$/);

    const fetched: { url: string; ticket: string | null }[] = [];
    vi.stubGlobal("fetch", (url: string, init: RequestInit) => {
      fetched.push({ url, ticket: new Headers(init.headers).get("X-Participant-Ticket") });
      return Promise.resolve(new Response("# Zápis", { headers: { "Content-Disposition": 'attachment; filename="zapis-2026-12-01-verze-1-verejna.md"' } }));
    });
    URL.createObjectURL = () => "blob:zapis";
    await click(buttons[1]);
    expect(fetched).toEqual([{ url: "/api/meetings/m1/minutes/public.md?lang=cs", ticket: "ticket-of-observer" }]);
  });

  it("is not offered to participants, who download the members' record", async () => {
    const state = meeting("Participant");
    notes.update(state.value);
    const host = await mount(<MinutesPanel state={state} notes={notes} commands={commands()} meetingId="m1" announce={() => undefined} />);
    await live(state, approved);
    expect(host.querySelector(".public-minutes")).toBeNull();
    expect(host.querySelector("[data-version='1'] .downloads")).not.toBeNull();
  });
});
