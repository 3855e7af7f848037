// @vitest-environment happy-dom
import { render } from "preact";
import { act } from "preact/test-utils";
import { beforeEach, describe, expect, it } from "vitest";
import type { PollResult, PollView } from "../../src/types";
import { OnBehalfNote, OnBehalfVote } from "../../src/voting/onBehalfVote";
import { click, commands, czech, find, meeting, mount } from "../panels/dom";

const poll = (voterIds: string[], secret = false): PollView => ({
  id: "p1",
  draft: { question: "Doporučit záměr?", kind: "YesNoAbstain", options: ["doporučuji", "nedoporučuji", "zdržuji se"], secret, liveResults: !secret, maxChoices: null, dots: null, stackDots: false, scoreMin: null, scoreMax: null, quorum: null, majority: "VotesCast", standardOptions: true },
  phase: "Open",
  createdAt: "2026-05-26T11:00:00+00:00",
  openedAt: "2026-05-26T11:00:00+00:00",
  closedAt: null,
  voterIds,
  recused: [],
  result: null,
  agendaItemId: null,
  minimumTurnout: null,
  lowTurnout: null,
  intention: null,
});

const result = (named: PollResult["named"], onBehalfBallots: number): PollResult => ({
  options: [], eligible: 3, voted: 2, method: "count", valid: true, at: "2026-05-26T11:00:00+00:00", final: true, named, verdict: null, onBehalfBallots,
});

describe("a vote entered on someone's behalf", () => {
  beforeEach(czech);

  it("offers the others who have not voted, sends the vote as theirs and moves the focus on once they are listed as voted", async () => {
    const cast: unknown[][] = [];
    const state = meeting("Facilitator");
    const send = commands({ castVote: (...args: never[]) => cast.push(args) });
    const host = await mount(<OnBehalfVote poll={poll([])} s={state.value} commands={send} />);
    const picker = find<HTMLSelectElement>(host, "select");
    expect(find(host, "label").textContent).toBe("Za koho (po telefonu nebo na papíře)");
    expect([...picker.options].map((o) => o.textContent)).toEqual(["Karel", "Marie"]); // not oneself
    expect(find(host, "legend").textContent).toBe("Doporučit záměr? – hlas za: Karel");

    await click(find(host, "input[type=radio]"));
    await act(async () => {
      find<HTMLFormElement>(host, "form").requestSubmit();
      await Promise.resolve();
    });
    expect(cast).toEqual([["p1", [1, 0, 0], null, "k"]]);
    expect(find(host, "[role=status]").textContent).toBe("Hlas je zadán a započítán za: Karel.");

    // The poll now lists Karel as voted: Marie is left, and the focus is on the picker.
    await act(() => render(<OnBehalfVote poll={poll(["k"])} s={state.value} commands={send} />, host));
    expect([...find<HTMLSelectElement>(host, "select").options].map((o) => o.textContent)).toEqual(["Marie"]);
    expect(document.activeElement).toBe(find(host, "select"));
    // Marie voted herself: nobody is left, and the focus is on the summary.
    await act(() => render(<OnBehalfVote poll={poll(["k", "m"])} s={state.value} commands={send} />, host));
    expect(find(host, ".hint + .hint").textContent).toBe("Všichni, za které lze hlas zadat, už hlasovali.");
    expect(document.activeElement).toBe(find(host, "summary"));
  });

  it("says who was entered by whom in a named poll and only how many in a secret one", async () => {
    // The names as this viewer may see them come from the roster (an observer's payload carries public names, here none).
    const onBehalf = { forId: "k", forName: "", byId: "f", byName: "" };
    const names = (id: string) => ({ k: "Karel", f: "Petra" })[id] ?? "?";
    const named = await mount(<OnBehalfNote poll={poll([])} result={result([{ participantId: "k", name: "Karel", values: [1, 0, 0], onBehalf }], 1)} nameOf={names} />);
    expect(named.textContent).toBe("Hlasy zadané za jiné osoby: Karel (zadal/a Petra)");
    const secret = await mount(<OnBehalfNote poll={poll([], true)} result={result([], 2)} nameOf={names} />);
    expect(secret.textContent).toBe("Hlasů zadaných za jiné osoby: 2 (tajné hlasování: které a jak hlasovaly, se nezaznamenává)");
    expect((await mount(<OnBehalfNote poll={poll([])} result={result([], 0)} nameOf={names} />)).textContent).toBe("");
  });
});
