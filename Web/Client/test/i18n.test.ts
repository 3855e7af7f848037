import { afterEach, describe, expect, it } from "vitest";
import cs from "../../Resources/UiText.cs.resx?raw";
import en from "../../Resources/UiText.resx?raw";
import { t, tn, useTexts } from "../src/i18n";
import { textsOf } from "./resx";

// Every counted message in every plural form of both languages, with the real texts.
describe("counted messages", () => {
  const czech = textsOf(cs);
  const english = textsOf(en);
  afterEach(() => useTexts("cs", {}));

  const cases: [key: string, count: number, czech: string, english: string][] = [
    ["dots.count", 1, "1 bod", "1 dot"],
    ["dots.count", 2, "2 body", "2 dots"],
    ["dots.count", 3, "3 body", "3 dots"],
    ["dots.count", 5, "5 bodů", "5 dots"],
    ["dots.count", 0, "0 bodů", "0 dots"],
    ["dots.count", 1.5, "1,5 bodu", "1.5 dots"],
    ["board.roundDots", 1, "Probíhá prioritizace: každý má 1 bod.", "Prioritisation is on: everyone has 1 dot."],
    ["board.roundDots", 3, "Probíhá prioritizace: každý má 3 body.", "Prioritisation is on: everyone has 3 dots."],
    ["board.roundDots", 5, "Probíhá prioritizace: každý má 5 bodů.", "Prioritisation is on: everyone has 5 dots."],
    ["roster.guests", 1, "+1 host", "+1 guest"],
    ["roster.guests", 4, "+4 hosté", "+4 guests"],
    ["roster.guests", 5, "+5 hostů", "+5 guests"],
    ["roster.staff", 1, "+1 ORK", "+1 staff member"],
    ["roster.staff", 2, "+2 ORK", "+2 staff members"],
    ["speakers.turns", 1, "Kdo mluvil a jak dlouho (1 příspěvek)", "Who spoke and how long (1 turn)"],
    ["speakers.turns", 2, "Kdo mluvil a jak dlouho (2 příspěvky)", "Who spoke and how long (2 turns)"],
    ["speakers.turns", 7, "Kdo mluvil a jak dlouho (7 příspěvků)", "Who spoke and how long (7 turns)"],
    ["poll.votedSoFar", 1, "odevzdán 1 hlas", "1 vote cast"],
    ["poll.votedSoFar", 3, "odevzdány 3 hlasy", "3 votes cast"],
    ["poll.votedSoFar", 12, "odevzdáno 12 hlasů", "12 votes cast"],
    ["poll.minimumTurnout", 1, "výsledek se zveřejní nejméně od 1 hlasu", "result published from 1 ballot"],
    ["poll.minimumTurnout", 3, "výsledek se zveřejní nejméně od 3 hlasů", "result published from 3 ballots"],
    ["poll.minimumTurnout", 5, "výsledek se zveřejní nejméně od 5 hlasů", "result published from 5 ballots"],
    ["import.vision.saved", 1, "Uloženo: 1 návrh, pod oblastí: 20.", "Saved: 1 proposal, under an area: 20."],
    ["import.vision.saved", 3, "Uloženo: 3 návrhy, z toho 20 pod oblastmi.", "Saved: 3 proposals, 20 of them under an area."],
    ["import.vision.saved", 22, "Uloženo: 22 návrhů, z toho 20 pod oblastmi.", "Saved: 22 proposals, 20 of them under an area."],
    ["import.vision.saved", 25, "Uloženo: 25 návrhů, z toho 20 pod oblastmi.", "Saved: 25 proposals, 20 of them under an area."],
    ["import.vision.savedWithDocument", 1, "Uloženo: dokument vize a 1 návrh, pod oblastí: 20.", "Saved: the vision document and 1 proposal, under an area: 20."],
  ];

  it.each(cases)("%s with %d", (key, count, inCzech, inEnglish) => {
    useTexts("cs", czech);
    expect(tn(key, count, { placed: 20 })).toBe(inCzech);
    useTexts("en", english);
    expect(tn(key, count, { placed: 20 })).toBe(inEnglish);
  });

  it("asks before closing a poll with the number of ballots in words that agree", () => {
    useTexts("cs", czech);
    expect(tn("poll.closeConfirm.text", 1)).toMatch(/^Odevzdán 1 hlas\. /);
    expect(tn("poll.closeConfirm.text", 2)).toMatch(/^Odevzdány 2 hlasy\. /);
    expect(tn("poll.closeConfirm.text", 5)).toMatch(/^Odevzdáno 5 hlasů\. /);
    useTexts("en", english);
    expect(tn("poll.closeConfirm.text", 1)).toMatch(/^1 person has voted\. /);
    expect(tn("poll.closeConfirm.text", 2)).toMatch(/^2 people have voted\. /);
  });

  it("tells how many dots are left in agreement with the number", () => {
    useTexts("cs", czech);
    expect(tn("dots.left", 1, { total: 3 })).toBe("Zbývá vám 1 bod z 3.");
    expect(tn("dots.left", 2, { total: 3 })).toBe("Zbývají vám 2 body z 3.");
    expect(tn("dots.left", 0, { total: 3 })).toBe("Zbývá vám 0 bodů z 3.");
    useTexts("en", english);
    expect(tn("dots.left", 1, { total: 3 })).toBe("1 dot left of 3.");
    expect(tn("dots.left", 0, { total: 3 })).toBe("0 dots left of 3.");
  });

  it("falls back to the other form and shows a large count as a number of the language", () => {
    useTexts("cs", { "x.other": "{count} věcí" });
    expect(tn("x", 1)).toBe("1 věcí");
    expect(tn("x", 1234)).toBe("1\u00a0234 věcí");
    useTexts("en", { "x.one": "{count} thing", "x.other": "{count} things" });
    expect(tn("x", 1234)).toBe("1,234 things");
    expect(t("x.one", { count: 1 })).toBe("1 thing");
  });
});
