// @vitest-environment happy-dom
import { act } from "preact/test-utils";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { MeetingIntention } from "../../src/types";
import { IntentionItemForm } from "../../src/voting/intentionItem";
import { click, commands, czech, find, mount } from "../panels/dom";

const offered: MeetingIntention[] = [
  { intentionId: "i1", callId: "c1", callTitle: "Záměry 2027", providerName: "Centrum Jana", serviceName: "Poradna", state: "InWorkingGroup", step: "Opinion" },
  { intentionId: "i2", callId: "c1", callTitle: "Záměry 2027", providerName: "Domov U Jezírka", serviceName: "Pečovatelská služba", state: "InWorkingGroup", step: "Opinion" },
];
const asked: string[] = [];

vi.mock("../../src/api", () => ({
  get: (url: string) => {
    asked.push(url);
    return Promise.resolve(offered);
  },
}));

async function open(host: HTMLElement): Promise<HTMLDetailsElement> {
  const details = find<HTMLDetailsElement>(host, "details.intention-item-form");
  await act(async () => {
    details.open = true;
    details.dispatchEvent(new Event("toggle"));
    await Promise.resolve();
  });
  await act(() => Promise.resolve());
  return details;
}

describe("the facilitator's intention picker", () => {
  beforeEach(czech);

  it("offers the intentions waiting for the meeting, refuses an empty choice and adds an item for the chosen ones", async () => {
    const added: unknown[][] = [];
    const run = (action: () => Promise<unknown>) => action().then(() => undefined);
    const host = await mount(
      <IntentionItemForm meetingId="m1" onAgenda={new Set(["i1"])} commands={commands({ addIntentionItem: (...args: never[]) => added.push(args) })} run={run} />,
    );
    expect(asked).toEqual([]); // nothing is asked until the facilitator opens it
    const details = await open(host);
    expect(asked).toEqual(["/api/meetings/m1/intentions"]);
    const boxes = [...details.querySelectorAll<HTMLInputElement>("input[type=checkbox]")];
    expect(boxes.map((b) => b.closest("label")!.textContent)).toEqual([
      "Centrum Jana – Poradna (čeká na stanovisko pracovní skupiny, už je na programu; Záměry 2027)",
      "Domov U Jezírka – Pečovatelská služba (čeká na stanovisko pracovní skupiny; Záměry 2027)",
    ]);

    await click(find(details, "button[type=submit]"));
    expect(find(details, "[role=alert]").textContent).toBe("Vyberte aspoň jeden záměr.");
    expect(find(details, "fieldset").getAttribute("aria-invalid")).toBe("true");
    expect(added).toEqual([]);

    await click(boxes[1]);
    await click(find(details, "button[type=submit]"));
    expect(added).toEqual([[["i2"], 15]]);
    expect(find(details, "[role=alert]").textContent).toBe("");
    expect(boxes[1].checked).toBe(false);
  });
});
