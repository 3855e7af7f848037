// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import type { IntentionPoll, PollView } from "../../src/types";
import { PollsPanel } from "../../src/voting/pollsPanel";
import { parseInterests } from "../../src/workingGroups/membersSection";
import { click, commands, czech, find, live, meeting, mount } from "./dom";

const domov = { intentionId: "i1", providerName: "Domov Harcov", providerIco: "25465015", serviceName: "Domov pro seniory" };
const poradna = { intentionId: "i2", providerName: "Poradna", providerIco: "70883947", serviceName: "Poradenství" };

const intention = (change: Partial<IntentionPoll> = {}): IntentionPoll => ({
  kind: "Decision",
  agendaItemId: "a1",
  intentions: [domov, poradna],
  members: 5,
  recusedMembers: [{ memberId: "adam", name: "Adam", reason: "Organization", publicName: "Domov Harcov" }],
  quorum: 3,
  handoffs: [],
  isBlock: true,
  ...change,
});

const poll = (phase: PollView["phase"], voterIds: string[], change: Partial<IntentionPoll> = {}): PollView => ({
  id: "p1",
  draft: { question: "Blokové rozhodnutí", kind: "SingleChoice", options: ["schválit", "zamítnout", "vrátit"], secret: false, liveResults: false, maxChoices: null, dots: null, stackDots: false, scoreMin: null, scoreMax: null, quorum: 3, majority: "VotesCast", standardOptions: false },
  phase,
  createdAt: "2027-03-10T11:00:00+00:00",
  openedAt: null,
  closedAt: null,
  voterIds,
  recused: [],
  result: null,
  agendaItemId: null,
  minimumTurnout: null,
  lowTurnout: null,
  intention: intention(change),
});

describe("a poll about development intentions", () => {
  beforeEach(czech);

  it("shows the block, the quorum as voters come, and the recused member whom the facilitator may let vote", async () => {
    const recusals: unknown[][] = [];
    const state = meeting("Facilitator", { polls: [poll("Open", ["m"])] });
    const host = await mount(
      <PollsPanel state={state} commands={commands({ recuseMember: (...args: never[]) => recusals.push(args) })} meetingId="m1" nameOf={(id) => id} canDownload={false} />,
    );
    const info = find(host, "[data-poll=p1] .intention-poll");
    expect(info.textContent).toContain("Blokové rozhodnutí o více záměrech najednou");
    expect(info.textContent).toContain("Domov Harcov – Domov pro seniory");
    expect(find(info, ".intention-quorum").textContent).toBe("Členové skupiny: 5; vyloučeni pro střet zájmů: 1; potřeba k usnášeníschopnosti: 3; hlasovalo: 1. Kvórum zatím nesplněno.");
    expect(find(info, ".intention-recused").textContent).toContain("Adam (vlastní organizace)");
    // The decision's options in the viewer's language, by their order.
    expect(find(host, "[data-poll=p1] .ballot, [data-poll=p1] form").textContent).toContain("schválit");

    await click(find<HTMLButtonElement>(info, ".intention-recused button"));
    expect(recusals).toEqual([["p1", "adam", false]]);

    await live(state, () => ({ polls: [poll("Open", ["m", "k", "f"])] }));
    expect(find(host, ".intention-quorum").textContent).toContain("hlasovalo: 3. Kvórum splněno.");
  });

  it("tells the facilitator which intention refused the closed result, with its code", async () => {
    const state = meeting("Facilitator", {
      polls: [poll("Closed", ["m"], { handoffs: [{ intentionId: "i1", refused: null }, { intentionId: "i2", refused: "intention.not_awaiting_decision" }] })],
    });
    const host = await mount(<PollsPanel state={state} commands={commands()} meetingId="m1" nameOf={(id) => id} canDownload={false} />);
    const handoffs = find(host, ".intention-handoffs");
    expect(handoffs.textContent).toContain("Zapsáno k záměru Domov Harcov – Domov pro seniory.");
    expect(handoffs.textContent).toContain("Záměr Poradna – Poradenství výsledek nepřijal");
    expect(handoffs.textContent).toContain("(kód intention.not_awaiting_decision)");
    expect(find(host, ".intention-quorum").textContent).toContain("Kvórum nesplněno.");
  });

  it("hides the hand-off from participants", async () => {
    const state = meeting("Participant", { polls: [poll("Closed", ["m"], { handoffs: [{ intentionId: "i2", refused: "intention.not_awaiting_decision" }] })] });
    const host = await mount(<PollsPanel state={state} commands={commands()} meetingId="m1" nameOf={(id) => id} canDownload={false} />);
    expect(host.querySelector(".intention-handoffs")).toBeNull();
    expect(host.querySelector(".intention-recused button")).toBeNull();
  });

  it("shows the public a recused member who shows neither name nor organisation as a member of the group", async () => {
    const state = meeting("Observer", { polls: [poll("Open", [], { recusedMembers: [{ memberId: "adam", name: "", reason: "Facilitator", publicName: "" }] })] });
    const host = await mount(<PollsPanel state={state} commands={commands()} meetingId="m1" nameOf={(id) => id} canDownload={false} />);
    expect(find(host, ".intention-recused").textContent).toBe("člen(ka) skupiny (určil facilitátor)");
  });
});

describe("declared interests typed one a line", () => {
  it("takes eight digits (spaces allowed) as an IČO and anything else as a provider's name", () => {
    expect(parseInterests("254 65 015\n  Poradna Liberec \n\n70883947")).toEqual([
      { ico: "25465015", name: null },
      { ico: null, name: "Poradna Liberec" },
      { ico: "70883947", name: null },
    ]);
  });
});
