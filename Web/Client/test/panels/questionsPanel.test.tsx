// @vitest-environment happy-dom
import { act } from "preact/test-utils";
import { beforeEach, describe, expect, it } from "vitest";
import type { QuestionsView } from "../../src/contract.generated";
import { QuestionsPanel } from "../../src/audience/questionsPanel";
import { commands, czech, find, meeting, mount, type } from "./dom";

const empty: QuestionsView = { questions: [], pending: 0, moderators: [], moderator: true, inMinutes: false };

const panel = (state: ReturnType<typeof meeting>, given: Parameters<typeof commands>[0] = {}) => (
  <QuestionsPanel state={state} commands={commands({ getQuestions: () => Promise.resolve(empty), ...given })} />
);

describe("asking a question on someone's behalf", () => {
  beforeEach(czech);

  it("lets the facilitator ask for someone taking part, who is then the asker", async () => {
    const asked: unknown[][] = [];
    const askQuestion = (...args: never[]) => {
      asked.push(args);
      return Promise.resolve({});
    };
    const host = await mount(panel(meeting("Facilitator", { questions: empty }), { askQuestion }));
    await act(() => Promise.resolve());
    const picker = find<HTMLSelectElement>(host, ".ask-question select");
    expect(picker.labels?.[0]?.textContent).toContain("Za koho");
    expect([...picker.options].map((o) => o.text)).toEqual(["za sebe", "Karel", "Marie"]);
    await act(() => {
      picker.value = "m";
      picker.dispatchEvent(new Event("change", { bubbles: true }));
    });
    await type(find<HTMLTextAreaElement>(host, "#question-text"), "Kdy pojede autobus?");
    await act(() => find<HTMLFormElement>(host, ".ask-question").requestSubmit());
    expect(asked).toEqual([["Kdy pojede autobus?", false, "m"]]);
  });

  it("offers no one to a participant the facilitator has not allowed", async () => {
    const host = await mount(panel(meeting("Participant", { questions: empty })));
    await act(() => Promise.resolve());
    expect(host.querySelector(".ask-question select")).toBeNull();
  });
});
