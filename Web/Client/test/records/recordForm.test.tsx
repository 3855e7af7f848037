// @vitest-environment happy-dom
import { act } from "preact/test-utils";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { RecordForm } from "../../src/types";
import { czech, find, mount, type } from "../panels/dom";

const api = vi.hoisted(() => ({ get: vi.fn(), send: vi.fn() }));
vi.mock("../../src/api", () => api);
const { RecordFormSection } = await import("../../src/records/recordForm");

const standard: RecordForm = {
  heading: null, titlePattern: null, showFacilitator: true, showHeadCount: true, showApproval: true,
  attendanceOrder: "AsEntered", recorderForm: "Unspecified", scheduleTitle: null, scheduleNote: null, responsibleAsWritten: false,
};

describe("the group's record form", () => {
  beforeEach(() => {
    czech();
    api.get.mockReset().mockResolvedValue(standard);
    api.send.mockReset().mockImplementation((_method: string, _url: string, body: RecordForm) => Promise.resolve(body));
  });

  it("shows the group's form and saves every choice the manager makes, blanks as none", async () => {
    const host = await mount(<RecordFormSection groupId="g1" />);
    await act(() => Promise.resolve());
    expect(api.get).toHaveBeenCalledWith("/api/working-groups/g1/record-form");

    await type(find<HTMLInputElement>(host, "input[name=heading]"), "KOMUNITNÍ PLÁNOVÁNÍ – ŘÍDICÍ SKUPINA");
    await type(find<HTMLInputElement>(host, "input[name=titlePattern]"), "Zápis z jednání {group}");
    await type(find<HTMLInputElement>(host, "input[name=scheduleTitle]"), "  ");
    await act(() => {
      find<HTMLInputElement>(host, "input[name=showHeadCount]").click();
      find<HTMLInputElement>(host, "input[name=attendanceOrder][value=BySurname]").click();
      find<HTMLInputElement>(host, "input[name=recorderForm][value=Feminine]").click();
      find<HTMLInputElement>(host, "input[name=responsibleAsWritten]").click();
    });
    await act(() => {
      find<HTMLButtonElement>(host, "button[type=submit]").click();
    });

    expect(api.send).toHaveBeenCalledWith("PUT", "/api/working-groups/g1/record-form", {
      ...standard, heading: "KOMUNITNÍ PLÁNOVÁNÍ – ŘÍDICÍ SKUPINA", titlePattern: "Zápis z jednání {group}", scheduleTitle: null,
      showHeadCount: false, attendanceOrder: "BySurname", recorderForm: "Feminine", responsibleAsWritten: true,
    });
    await vi.waitFor(() => expect(find(host, "[role=status]").textContent).toBe("Podoba zápisu je uložena."));
    // Every control has its name: the labels and legends come from the texts.
    expect(find(host, "fieldset legend").textContent).toBe("Řádky v úvodu zápisu");
    expect(find<HTMLLabelElement>(host, "label:has(input[value=Feminine])").textContent).toContain("zapsala");
    expect(find<HTMLLabelElement>(host, "label:has(input[name=responsibleAsWritten])").textContent).toContain("jak jsou zadány");
  });
});
