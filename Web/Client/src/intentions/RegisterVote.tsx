import { formatDateTime, formatNumber } from "../format";
import { t } from "../i18n";
import type { PublicVote } from "../types";

/**
 * One vote of the register (the working group's opinion or the steering group's decision): its result and counts, the
 * quorum as ballots needed and cast, how many members were recused, a block decision; and the last vote that decided
 * nothing (quorum missed or a tie), which the public sees too.
 */
export function RegisterVote({ vote, result, inconclusive }: { vote: PublicVote | null; result: string; inconclusive: PublicVote | null }) {
  // An inconclusive vote matters only when it came after the result (or there is none yet).
  const last = inconclusive && (!vote || Date.parse(inconclusive.at) > Date.parse(vote.at)) ? inconclusive : null;
  if (!vote && !last) return <>—</>;
  return (
    <>
      {vote ? (
        <div class="register-vote">
          <strong>{result}</strong>
          <VoteFacts vote={vote} />
        </div>
      ) : null}
      {last ? (
        <div class="register-vote register-inconclusive">
          <strong>{t("intentions.register.lastInconclusive", { at: formatDateTime(last.at) })}</strong>
          <VoteFacts vote={last} />
        </div>
      ) : null}
    </>
  );
}

function VoteFacts({ vote }: { vote: PublicVote }) {
  const cast = vote.for + vote.against + vote.abstained;
  return (
    <ul class="plain-list hint">
      <li>{t("intentions.voteCounts", { for: formatNumber(vote.for), against: formatNumber(vote.against), abstained: formatNumber(vote.abstained) })}</li>
      <li>
        {t("intentions.register.quorumLine", {
          needed: formatNumber(vote.quorum),
          cast: formatNumber(cast),
          state: t(vote.quorumMet ? "intentions.register.quorumReached" : "intentions.register.quorumMissed"),
        })}
      </li>
      <li>{`${t("intentions.register.recused")}: ${formatNumber(vote.recused)}`}</li>
      {vote.block ? <li>{t("intentions.register.block")}</li> : null}
    </ul>
  );
}
