import { errorCode } from "../errors";
import { formatDateTime } from "../format";
import { t } from "../i18n";
import type { LowTurnoutChoice, LowTurnoutDecision, PollView } from "../types";

// The minimum turnout of a secret poll (docs/protocol.md, "Minimum turnout of a secret poll"): with fewer ballots
// the result would tell how the few voted, so the facilitator chooses how to close it.

/** A secret poll still open with fewer ballots than its minimum: closing it needs the facilitator's choice. */
export function needsTurnoutChoice(poll: PollView): boolean {
  return poll.phase === "Open" && poll.draft.secret && poll.minimumTurnout !== null && poll.voterIds.length < poll.minimumTurnout;
}

/**
 * Closes the poll, or asks for the choice instead when it needs one. The server decides: when it refuses for low
 * turnout (its minimum may have changed since this view), the choice is asked for all the same. Answers whether it closed.
 */
export async function closeOrAsk(poll: PollView, close: (belowMinimum: LowTurnoutChoice | null) => Promise<unknown>, ask: () => void): Promise<boolean> {
  if (needsTurnoutChoice(poll)) {
    ask();
    return false;
  }
  try {
    await close(null);
    return true;
  } catch (e) {
    if (errorCode(e) !== "poll.turnout_too_low") throw e;
    ask();
    return false;
  }
}

/** What everyone reads under a poll closed below the minimum: withheld, or published as someone confirmed. */
export function lowTurnoutNote(decision: LowTurnoutDecision): string {
  const params = { voted: decision.ballots, minimum: decision.minimum, by: decision.byName, at: formatDateTime(decision.at) };
  return t(decision.choice === "Withhold" ? "poll.withheld.text" : "poll.publishedBelowMinimum", params);
}
