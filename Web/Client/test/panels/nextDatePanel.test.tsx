// @vitest-environment happy-dom
import { act } from "preact/test-utils";
import { beforeEach, describe, expect, it } from "vitest";
import type { DatePollTallies, MeetingCommand, MeetingDatePoll } from "../../src/contract.generated";
import { NextDatePanel } from "../../src/scheduling/nextDatePanel";
import { click, commands, czech, find, live, meeting, mount } from "./dom";

const poll = (yes: number, status: DatePollTallies["status"] = "Open"): DatePollTallies => ({
  id: "p1",
  status,
  place: "Komunitní centrum",
  options: [
    { id: "a", date: "2027-02-09", time: "14:00:00", yes: 0, ifNeedBe: 1, no: 0 },
    { id: "b", date: "2027-02-11", time: "09:30:00", yes, ifNeedBe: 0, no: 0 },
  ],
  best: yes > 0 ? ["b"] : ["a"],
  chosenId: status === "Chosen" ? "b" : null,
});

const view = (mayAnswer: boolean, answers: MeetingDatePoll["answers"] = []): MeetingDatePoll => ({ poll: poll(0), answers, mayAnswer });

const settle = () => act(() => Promise.resolve());

describe("the next date in the meeting", () => {
  beforeEach(czech);

  it("keeps a member's unsaved choice while the counts change live, then sends the answers", async () => {
    const state = meeting("Participant");
    const sent: MeetingCommand[] = [];
    const host = await mount(
      <NextDatePanel state={state} commands={commands({ getDatePoll: () => Promise.resolve(view(true, [{ optionId: "a", answer: "IfNeedBe" }])), execute: (c: MeetingCommand) => (sent.push(c), Promise.resolve(2)) })} />,
    );
    await settle();
    const radios = () => [...host.querySelectorAll<HTMLInputElement>("table.answer-grid input[type=radio]")];
    expect(radios()[1]!.checked).toBe(true); // the saved "if need be" for the first date
    await click(radios()[3]!); // "yes" for the second, not saved yet

    await live(state, () => ({ datePoll: poll(2) }));
    expect(find(host, ".date-best").textContent).toContain("11. 2. 2027 09:30");
    expect(radios()[3]!.checked).toBe(true);
    expect(document.activeElement).toBe(radios()[3]);

    await click(find(host, "form.date-answers button[type=submit]"));
    expect(sent).toEqual([{ type: "answerDatePoll", answers: [{ optionId: "a", answer: "IfNeedBe" }, { optionId: "b", answer: "Yes" }] }]);
  });

  it("shows an observer the counts and no grid, and a participant who is no member why they cannot answer", async () => {
    const observer = await mount(<NextDatePanel state={meeting("Observer")} commands={commands({ getDatePoll: () => Promise.resolve(view(false)) })} />);
    await settle();
    expect(observer.querySelector("table.answer-grid")).toBeNull();
    expect(observer.querySelector("table.date-tallies")).not.toBeNull();
    expect(observer.textContent).toContain("součty vidí všichni");

    const guest = await mount(<NextDatePanel state={meeting("Participant")} commands={commands({ getDatePoll: () => Promise.resolve(view(false)) })} />);
    await settle();
    expect(guest.querySelector("table.answer-grid")).toBeNull();
    expect(guest.textContent).toContain("přiřadit ke členovi");
  });

  it("lets the facilitator choose a date, and then shows it chosen to everyone", async () => {
    const state = meeting("Facilitator");
    const sent: MeetingCommand[] = [];
    const host = await mount(<NextDatePanel state={state} commands={commands({ getDatePoll: () => Promise.resolve(view(false)), execute: (c: MeetingCommand) => (sent.push(c), Promise.resolve(2)) })} />);
    await settle();
    const choose = [...host.querySelectorAll<HTMLButtonElement>("table.date-tallies button")];
    expect(choose.map((b) => b.textContent)).toEqual(["Vybrat út 9. 2. 2027 14:00", "Vybrat čt 11. 2. 2027 09:30"]);
    await click(choose[1]!);
    expect(sent).toEqual([{ type: "chooseDate", optionId: "b" }]);

    await live(state, () => ({ datePoll: poll(1, "Chosen") }));
    expect(host.textContent).toContain("Vybráno: čt 11. 2. 2027 09:30.");
    expect(host.querySelector("table.date-tallies")).toBeNull();
    expect(host.querySelector("form.date-proposer")).not.toBeNull(); // the next search may start
  });
});
