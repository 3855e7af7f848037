import { describe, expect, it, vi } from "vitest";
import { useTexts } from "../../src/i18n";
import type { LowTurnoutChoice, PollView } from "../../src/types";
import { closeOrAsk, lowTurnoutNote, needsTurnoutChoice } from "../../src/voting/secretTurnout";

const poll = (over: Partial<PollView> = {}, secret = true): PollView => ({
  id: "c0a1",
  draft: { question: "Podpořit záměr?", kind: "YesNoAbstain", options: ["doporučuji", "nedoporučuji", "zdržuji se"], secret, liveResults: false, maxChoices: null, dots: null, stackDots: false, scoreMin: null, scoreMax: null, quorum: null, majority: "VotesCast", standardOptions: false },
  phase: "Open",
  createdAt: "2026-12-01T12:00:00Z",
  openedAt: "2026-12-01T12:01:00Z",
  closedAt: null,
  voterIds: ["a", "b"],
  recused: [],
  result: null,
  minimumTurnout: secret ? 3 : null,
  lowTurnout: null,
  intention: null,
  agendaItemId: null,
  ...over,
});

const refused = (code: string) => new Error(`An unexpected error occurred invoking 'ClosePoll' on the server. HubException: ${code}`);

describe("the minimum turnout of a secret poll", () => {
  it("asks for a choice only for an open secret poll below its minimum", () => {
    expect(needsTurnoutChoice(poll())).toBe(true);
    expect(needsTurnoutChoice(poll({ voterIds: [] }))).toBe(true);
    expect(needsTurnoutChoice(poll({ voterIds: ["a", "b", "c"] }))).toBe(false);
    expect(needsTurnoutChoice(poll({ voterIds: ["a"] }, false))).toBe(false);
    expect(needsTurnoutChoice(poll({ phase: "Closed" }))).toBe(false);
  });

  it("asks instead of closing below the minimum, and closes without a choice at it", async () => {
    const close = vi.fn<(choice: LowTurnoutChoice | null) => Promise<unknown>>(() => Promise.resolve(7));
    const ask = vi.fn();
    expect(await closeOrAsk(poll(), close, ask)).toBe(false);
    expect(close).not.toHaveBeenCalled();
    expect(ask).toHaveBeenCalledOnce();

    expect(await closeOrAsk(poll({ voterIds: ["a", "b", "c"] }), close, ask)).toBe(true);
    expect(close).toHaveBeenCalledWith(null);
    expect(ask).toHaveBeenCalledOnce();
  });

  it("asks when the server refuses for low turnout, and passes other refusals on", async () => {
    const ask = vi.fn();
    const enough = poll({ voterIds: ["a", "b", "c"], minimumTurnout: 3 });
    expect(await closeOrAsk(enough, () => Promise.reject(refused("poll.turnout_too_low")), ask)).toBe(false);
    expect(ask).toHaveBeenCalledOnce();
    await expect(closeOrAsk(enough, () => Promise.reject(refused("forbidden")), ask)).rejects.toThrow("forbidden");
    expect(ask).toHaveBeenCalledOnce();
  });

  it("tells everyone how the poll closed below the minimum, who decided and when", () => {
    useTexts("en", {
      "poll.withheld.text": "Only {voted} voted (from {minimum}). Decided by {by}, {at}.",
      "poll.publishedBelowMinimum": "Published ({voted}, minimum {minimum}); confirmed by {by}, {at}.",
    });
    const decision = { choice: "Withhold" as const, ballots: 1, minimum: 3, byParticipantId: "f", byName: "Petra Hybnerová", at: "2026-12-01T13:05:00Z" };
    expect(lowTurnoutNote(decision)).toBe("Only 1 voted (from 3). Decided by Petra Hybnerová, 1 Dec 2026, 14:05.");
    expect(lowTurnoutNote({ ...decision, choice: "Publish", ballots: 2 })).toBe("Published (2, minimum 3); confirmed by Petra Hybnerová, 1 Dec 2026, 14:05.");
  });
});
