// @vitest-environment happy-dom
import { act } from "preact/test-utils";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ImportedMinutes, MinutesImportRequest, MinutesImportResponse, PlacedLine } from "../../src/contract.generated";
import { changes, chosen, itemNumbers, move } from "../../src/imports/minutesLines";
import { czech, find, mount, type } from "../panels/dom";

const api = vi.hoisted(() => ({ send: vi.fn() }));
vi.mock("../../src/api", () => api);
const { MinutesImport } = await import("../../src/imports/minutesImport");

const line = (number: number, text: string, part: PlacedLine["part"], item: number | null = null): PlacedLine => ({ number, text, part, item, joined: false, reason: null });
const lines: PlacedLine[] = [
  line(1, "Zápis z jednání pracovní skupiny Senioři", "Title"),
  line(2, "Datum: 26. 5. 2026", "Date"),
  line(3, "1. Úvod", "Programme", 1),
  line(4, "2. Dotazník", "Programme", 2),
  line(5, "Ad 1) Úvod", "Block", 1),
  line(6, "Jednání zahájila koordinátorka.", "Text", 1),
  line(7, "Poznámka bez místa", "Unplaced"),
  line(8, "Ad 2) Dotazník", "Block", 2),
  line(9, "Připravit dotazník.", "Text", 2),
];
const minutes: ImportedMinutes = {
  heading: [], title: "Zápis z jednání pracovní skupiny Senioři", date: "2026-05-26", time: null, place: null, facilitator: null, headCount: false,
  present: [], excused: [], items: [], schedule: null, footer: null,
};
const answer = (request: MinutesImportRequest): MinutesImportResponse => ({
  lines: chosen(lines, new Map((request.choices ?? []).map((c) => [c.line, c]))),
  minutes, unplaced: [], proposedForm: null!, existing: null,
  saved: request.confirm ? { meetingId: "m1", items: 2, present: 0, excused: 0, tasks: 1, scheduleEntries: 0, recordFormSet: false } : null,
});

describe("the minutes import's preview", () => {
  beforeEach(() => {
    czech();
    api.send.mockReset().mockImplementation((_m: string, _u: string, body: MinutesImportRequest) => Promise.resolve(answer(body)));
  });

  it("shows every line and where it goes, moves and drops lines by their selects, keeps the focus, and saves only on confirming", async () => {
    // The page lists the new meeting first (a promise), then the panel says it is saved and takes the focus.
    const saved = vi.fn(() => Promise.resolve());
    const host = await mount(<MinutesImport groupId="g1" onSaved={saved} />);
    await type(find<HTMLTextAreaElement>(host, "textarea"), "Zápis…");
    await act(() => find<HTMLFormElement>(host, "form").requestSubmit());
    await vi.waitFor(() => expect(host.querySelectorAll(".minutes-line")).toHaveLength(9));
    expect(api.send).toHaveBeenLastCalledWith("POST", "/api/working-groups/g1/imports/minutes", expect.objectContaining({ text: "Zápis…", confirm: false, choices: null }));
    expect(document.activeElement?.textContent).toBe("Náhled zápisu");
    expect(find(host, ".import-unplaced h4").textContent).toBe("1 řádek není zařazen");

    const select = (n: number) => find<HTMLSelectElement>(host, `[data-line="${n}"] select`);
    expect(select(7).getAttribute("aria-label")).toBe("Řádek 7: kam patří");
    // The unplaced line's button takes the focus to its select.
    await act(() => find<HTMLButtonElement>(host, ".import-unplaced button").click());
    expect(document.activeElement).toBe(select(7));

    // Moved to a task: it takes the item of the line above it, keeps its focus, and the live region says so.
    const moved = select(7);
    await act(() => {
      moved.value = "Task";
      moved.dispatchEvent(new Event("change", { bubbles: true }));
    });
    await act(() => moved.focus());
    expect(find<HTMLSelectElement>(host, '[data-line="7"] select:nth-of-type(2)').value).toBe("1");
    expect(find(host, "p[role=status]").textContent).toBe("Řádek 7: Úkol, bod 1.");
    expect(host.querySelector(".import-unplaced")).toBeNull();
    expect(select(7)).toBe(moved);

    // Line 9 goes under item 1 instead of 2, and line 6 is dropped.
    const item9 = find<HTMLSelectElement>(host, '[data-line="9"] select:nth-of-type(2)');
    await act(() => {
      item9.value = "1";
      item9.dispatchEvent(new Event("change", { bubbles: true }));
    });
    await act(() => {
      select(6).value = "Dropped";
      select(6).dispatchEvent(new Event("change", { bubbles: true }));
    });
    expect(find(host, "p[role=status]").textContent).toBe("Řádek 6 bude vynechán.");
    expect(saved).not.toHaveBeenCalled();
    expect(api.send.mock.calls.every(([, , body]) => !(body as MinutesImportRequest).confirm)).toBe(true);

    await act(() => find<HTMLButtonElement>(host, "button.primary").click());
    await vi.waitFor(() => expect(saved).toHaveBeenCalledWith("m1"));
    expect(api.send).toHaveBeenLastCalledWith("POST", "/api/working-groups/g1/imports/minutes", expect.objectContaining({
      confirm: true,
      choices: [{ line: 6, part: "Dropped", item: null }, { line: 7, part: "Task", item: 1 }, { line: 9, part: "Text", item: 1 }],
    }));
    await vi.waitFor(() => expect(find(host, ".status").textContent).toContain("je uložen jako proběhlé setkání"));
    expect(document.activeElement).toBe(find(host, ".status"));
  });
});

describe("a line's place", () => {
  it("moved under an item keeps its item, else takes the one above it; the programme's own line has none", () => {
    expect(move(lines, lines[6], "Bullet")).toEqual({ line: 7, part: "Bullet", item: 1 });
    expect(move(lines, lines[8], "Task")).toEqual({ line: 9, part: "Task", item: 2 });
    expect(move(lines, lines[0], "Programme")).toEqual({ line: 1, part: "Programme", item: null });
    expect(move(lines, lines[0], "Text")).toEqual({ line: 1, part: "Text", item: 1 });
    expect(move(lines, lines[5], "Footer")).toEqual({ line: 6, part: "Footer", item: null });
  });

  it("offers the record's items and a new one, and sends only the lines that differ from the proposal", () => {
    expect(itemNumbers(lines)).toEqual([1, 2, 3]);
    const choices = new Map([[6, { line: 6, part: "Text" as const, item: 1 }], [7, { line: 7, part: "Dropped" as const, item: null }]]);
    expect(changes(lines, choices)).toEqual([{ line: 7, part: "Dropped", item: null }]);
    expect(chosen(lines, choices)[6]).toEqual({ ...lines[6], part: "Dropped", item: null });
  });
});
