// @vitest-environment happy-dom
import { signal } from "@preact/signals";
import { act } from "preact/test-utils";
import { beforeEach, describe, expect, it } from "vitest";
import type { BoardView, ProposalView } from "../../src/types";
import { ProposalsPanel } from "../../src/voting/proposalsPanel";
import { click, commands, czech, find, live, meeting, mount, type } from "./dom";

const proposal = (id: string, text: string, areaId: string | null = "a1", dots = 0): ProposalView => ({
  id,
  areaId,
  text,
  authorIds: ["m"],
  hidden: false,
  createdAt: `2026-05-26T11:0${id.length}:00+00:00`,
  mergedFrom: [],
  dots,
  voters: dots,
  objective: null,
  onBehalf: null,
});

const board = (proposals: ProposalView[], roundDots: number | null = null): BoardView => ({ brainstorm: false, proposals, roundDots, yourDots: {}, rankings: [], totalsHidden: false, totalsPublic: true });

/** The board as the server tells this participant (GetBoard): the same as the broadcast here. */
const panel = (state: ReturnType<typeof meeting>, given: Parameters<typeof commands>[0] = {}) => (
  <ProposalsPanel
    state={state}
    areas={signal([{ id: "a1", heading: "Doprava" }])}
    commands={commands({ getBoard: () => Promise.resolve(state.peek().board), getPlans: () => Promise.resolve([]), ...given })}
    meetingId="m1"
    nameOf={(id) => id}
    canDownload={false}
  />
);

/** Lets the personal board's request answer (a resolved promise) and the panel render it. */
const settled = () => act(() => Promise.resolve());

describe("the proposals board", () => {
  beforeEach(czech);

  it("keeps a half-typed proposal and its focus while others add theirs", async () => {
    const state = meeting("Participant", { board: board([proposal("p1", "Cyklostezka")]) });
    const host = await mount(panel(state));
    await settled();
    const text = find<HTMLTextAreaElement>(host, ".proposal-form textarea");
    await type(text, "Lavičky u zastáv");

    await live(state, (s) => ({ board: board([...s.board.proposals, proposal("p22", "Přechod u školy")]) }));
    await settled();

    expect(host.querySelector("[data-proposal=p22]")).not.toBeNull();
    expect(find<HTMLTextAreaElement>(host, ".proposal-form textarea")).toBe(text);
    expect(text.value).toBe("Lavičky u zastáv");
    expect(document.activeElement).toBe(text);
  });

  it("keeps the dots placed and the focus on the stepper while others place theirs", async () => {
    const state = meeting("Participant", { board: board([proposal("p1", "Cyklostezka"), proposal("p22", "Přechod u školy")], 3) });
    const host = await mount(panel(state));
    await settled();
    const plus = find<HTMLButtonElement>(host, "[data-proposal=p1] .stepper[aria-label^='Přidat']");
    await click(plus);
    await click(plus);

    await live(state, (s) => ({ board: board(s.board.proposals.map((p) => (p.id === "p22" ? { ...p, dots: 2, voters: 1 } : p)), 3) }));
    await settled();

    expect(find(host, "[data-proposal=p22] .comment-meta").textContent).toContain("2");
    expect(find(host, "[data-proposal=p1] .dot-count").textContent).toContain("2");
    expect(find(host, ".dots-left").textContent).toContain("1");
    expect(document.activeElement).toBe(plus);
  });

  it("lets the facilitator enter a proposal for someone and shows whose it is and who entered it", async () => {
    const added: unknown[][] = [];
    const addProposal = (...args: never[]) => {
      added.push(args);
      return Promise.resolve(1);
    };
    const state = meeting("Facilitator", { board: board([]) });
    const host = await mount(panel(state, { addProposal }));
    await settled();
    // Only the others taking part are offered, after "myself".
    const picker = find<HTMLSelectElement>(host, ".proposal-form select");
    expect([...picker.options].map((o) => o.text)).toEqual(["za sebe", "Karel", "Marie"]);
    await act(() => {
      picker.value = "m";
      picker.dispatchEvent(new Event("change", { bubbles: true }));
    });
    await type(find<HTMLTextAreaElement>(host, ".proposal-form textarea"), "Svoz obědů");
    await act(() => find<HTMLFormElement>(host, ".proposal-form").requestSubmit());
    expect(added).toEqual([["a1", "Svoz obědů", "m"]]);

    const entered = { ...proposal("p1", "Svoz obědů"), authorIds: ["m"], onBehalf: [{ forId: "m", forName: "Marie", byId: "f", byName: "Petra" }] };
    await live(state, () => ({ board: board([entered]) }));
    await settled();
    // Names as the viewer's roster gives them (nameOf, here the id), never the marker's own (the public's may be empty).
    expect(find(host, "[data-proposal=p1] .comment-meta").textContent).toContain("zadáno za m (zadal/a f)");
  });

  it("lets the facilitator place someone's dots from their budget, apart from the facilitator's own", async () => {
    const placed: unknown[][] = [];
    const placeDots = (...args: never[]) => {
      placed.push(args);
      return Promise.resolve(1);
    };
    const state = meeting("Facilitator", { board: board([proposal("p1", "Cyklostezka"), proposal("p22", "Přechod u školy")], 2) });
    const host = await mount(panel(state, { placeDots }));
    await settled();
    const onBehalf = find(host, "details.on-behalf");
    const picker = find<HTMLSelectElement>(onBehalf, "select");
    expect([...picker.options].map((o) => o.text)).toEqual(["Karel", "Marie"]);
    await act(() => {
      picker.value = "m";
      picker.dispatchEvent(new Event("change", { bubbles: true }));
    });
    expect(find(onBehalf, "legend").textContent).toBe("Body za: Marie");
    const plus = find<HTMLButtonElement>(onBehalf, "button[aria-label='Přidat bod: Přechod u školy']");
    await click(plus);
    await click(plus);
    await click(plus); // the budget is 2: the third does nothing
    expect(find(onBehalf, ".dots-left").textContent).toContain("0");
    // The facilitator's own steppers are untouched.
    expect(find(host, "[data-proposal=p22] .dot-count").textContent).toContain("0");

    await click(find(onBehalf, "button.primary"));
    expect(placed).toEqual([[[{ proposalId: "p22", dots: 2 }], "m"]]);
    expect(find(onBehalf, "[role=status]").textContent).toBe("Body jsou zadány a započítány za: Marie.");
    expect(find(onBehalf, ".dots-left").textContent).toContain("2");
  });

  it("offers no one to enter for to a participant the facilitator has not allowed", async () => {
    const host = await mount(panel(meeting("Participant", { board: board([], 3) })));
    await settled();
    expect(host.querySelector(".proposal-form select")).toBeNull();
    expect(host.querySelector("details.on-behalf")).toBeNull();
  });
});
