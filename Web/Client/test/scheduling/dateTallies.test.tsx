// @vitest-environment happy-dom
import { render } from "preact";
import { act } from "preact/test-utils";
import { beforeEach, describe, expect, it } from "vitest";
import { AnswerGrid } from "../../src/scheduling/answerGrid";
import { BestDates } from "../../src/scheduling/dateTallies";
import type { DateOptionTally } from "../../src/types";
import { czech } from "../panels/dom";

const options: DateOptionTally[] = [
  { id: "a", date: "2027-01-12", time: "14:00:00", yes: 2, ifNeedBe: 0, no: 1 },
  { id: "b", date: "2027-01-14", time: "09:30:00", yes: 2, ifNeedBe: 0, no: 0 },
];

describe("the date poll's answers", () => {
  beforeEach(czech);

  it("name every date tied for best, or say nobody can come yet", () => {
    render(<BestDates options={options} best={["a", "b"]} />, document.body);
    expect(document.body.textContent).toBe("Zatím nejlepší termín: út 12. 1. 2027 14:00; čt 14. 1. 2027 09:30");
    render(<BestDates options={options} best={[]} />, document.body);
    expect(document.body.querySelector("[role=status]")!.textContent).toBe("Zatím nikdo neodpověděl ano ani pokud nutno.");
  });

  it("give each radio button its date and answer as name, one group per date", async () => {
    const changes: string[] = [];
    await act(() => render(<AnswerGrid options={options} answers={{ b: "Yes" }} change={(id, answer) => changes.push(`${id}:${answer}`)} />, document.body));
    const radios = [...document.body.querySelectorAll<HTMLInputElement>("input[type=radio]")];
    const name = (r: HTMLInputElement) => r.getAttribute("aria-labelledby")!.split(" ").map((id) => document.getElementById(id)!.textContent).join(" ");
    expect(radios.map(name)).toEqual([
      "út 12. 1. 2027 14:00 Ano", "út 12. 1. 2027 14:00 Pokud nutno", "út 12. 1. 2027 14:00 Ne",
      "čt 14. 1. 2027 09:30 Ano", "čt 14. 1. 2027 09:30 Pokud nutno", "čt 14. 1. 2027 09:30 Ne",
    ]);
    expect(new Set(radios.map((r) => r.name)).size).toBe(2);
    expect(radios[3].checked).toBe(true);
    await act(() => radios[1].click());
    expect(changes).toEqual(["a:IfNeedBe"]);
  });
});
