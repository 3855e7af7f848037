// @vitest-environment happy-dom
import { act } from "preact/test-utils";
import { beforeEach, describe, expect, it } from "vitest";
import en from "../../../Resources/UiText.resx?raw";
import { useTexts } from "../../src/i18n";
import type { PollView } from "../../src/types";
import { PollsPanel } from "../../src/voting/pollsPanel";
import { textsOf } from "../resx";
import { click, commands, czech, find, live, meeting, mount, type } from "./dom";

const poll = (id: string, question: string, phase: PollView["phase"] = "Open", voterIds: string[] = []): PollView => ({
  id,
  draft: { question, kind: "YesNoAbstain", options: ["pro", "proti", "zdržuji se"], secret: false, liveResults: false, maxChoices: null, dots: null, stackDots: false, scoreMin: null, scoreMax: null, quorum: null, majority: "VotesCast", standardOptions: false },
  phase,
  createdAt: "2026-05-26T11:00:00+00:00",
  openedAt: null,
  closedAt: null,
  voterIds,
  recused: [],
  result: null,
  agendaItemId: null,
  minimumTurnout: null,
  lowTurnout: null,
  intention: null,
});

const panel = (state: ReturnType<typeof meeting>) => <PollsPanel state={state} commands={commands()} meetingId="m1" nameOf={(id) => id} canDownload={false} />;

describe("the polls panel", () => {
  beforeEach(czech);

  it("keeps a half-typed question and its focus while another poll changes", async () => {
    const state = meeting("Facilitator", { polls: [poll("p1", "Lavičky?")] });
    const host = await mount(panel(state));
    const question = find<HTMLInputElement>(host, ".poll-form input[name=question]");
    await type(question, "Koupíme nové stro");

    await live(state, () => ({ polls: [poll("p1", "Lavičky?", "Open", ["m", "k"]), poll("p2", "Hřiště?", "Draft")] }));

    expect(find(host, "[data-poll=p1] .poll-meta").textContent).toContain("odevzdány 2 hlasy");
    expect(host.querySelector("[data-poll=p2]")).not.toBeNull();
    expect(find<HTMLInputElement>(host, ".poll-form input[name=question]")).toBe(question);
    expect(question.value).toBe("Koupíme nové stro");
    expect(document.activeElement).toBe(question);
  });

  it("keeps a chosen answer and its focus while the same poll's turnout changes", async () => {
    const state = meeting("Participant", { polls: [poll("p1", "Lavičky?")] });
    const host = await mount(panel(state));
    const against = find<HTMLInputElement>(host, "[data-poll=p1] input[value='1']");
    await click(against);

    await live(state, () => ({ polls: [poll("p1", "Lavičky?", "Open", ["m"])] }));

    expect(find(host, "[data-poll=p1] .poll-meta").textContent).toContain("odevzdán 1 hlas");
    expect(find<HTMLInputElement>(host, "[data-poll=p1] input[value='1']").checked).toBe(true);
    expect(document.activeElement).toBe(against);
  });

  it("offers the standard opinions in the language the form is read in, until the facilitator types options", async () => {
    const state = meeting("Facilitator");
    const host = await mount(panel(state));
    const options = find<HTMLTextAreaElement>(host, ".poll-form textarea[name=options]");
    expect(options.value).toBe("doporučuji\nnedoporučuji\nzdržuji se");

    await act(() => useTexts("en", textsOf(en)));

    expect(options.value).toBe("recommend\ndo not recommend\nabstain");
  });
});
