import { has, t } from "../i18n";
import type { MeetingCommands } from "../meetings/commands";
import type { IntentionPoll, IntentionRef, PollView } from "../types";

type Run = (action: () => Promise<unknown>) => Promise<void>;

export const intentionName = (i: IntentionRef) => `${i.providerName} – ${i.serviceName}`;

/**
 * A poll about development intentions as everyone sees it: what it decides (a block decision lists its intentions),
 * the quorum of the group's members with how many voted, and who is recused and why. Facilitators may let a recused
 * member vote again while the poll is not closed, and see whether each intention took the closed result.
 */
export function IntentionPollInfo({ poll, intention, facilitating, commands, run }: { poll: PollView; intention: IntentionPoll; facilitating: boolean; commands: MeetingCommands; run: Run }) {
  const closed = poll.phase === "Closed";
  const voted = poll.result?.voted ?? poll.voterIds.length;
  const status = voted >= intention.quorum ? "intentionVote.quorumMet" : closed ? "intentionVote.quorumMissed" : "intentionVote.quorumNotYet";
  return (
    <div class="intention-poll">
      <p class="intention-kind">{t(intention.isBlock ? "intentionVote.block" : `intentionVote.kind.${intention.kind}`)}</p>
      {intention.isBlock ? (
        <ul class="intention-list">
          {intention.intentions.map((i) => (
            <li key={i.intentionId}>{intentionName(i)}</li>
          ))}
        </ul>
      ) : null}
      <p class="intention-quorum">
        {t("intentionVote.quorum", { members: intention.members, recused: intention.recusedMembers.length, quorum: intention.quorum, voted })} <strong>{t(status)}</strong>
      </p>
      {intention.recusedMembers.length > 0 ? (
        <>
          <p class="intention-recused-title">{t("intentionVote.recusedTitle")}</p>
          <ul class="intention-recused">
            {intention.recusedMembers.map((m) => (
              <li key={m.memberId}>
                {`${m.name || t("attendeeKind.Member")} (${t(`intentionVote.reason.${m.reason}`)})`}
                {facilitating && !closed ? (
                  <>
                    {" "}
                    <button type="button" class="link-button" onClick={() => void run(() => commands.recuseMember(poll.id, m.memberId, false))}>
                      {t("intentionVote.letVote", { name: m.name })}
                    </button>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {facilitating && closed ? <Handoffs intention={intention} /> : null}
    </div>
  );
}

/** Whether each intention took the result; a refusal keeps its code (the poll's result stays as closed). */
function Handoffs({ intention }: { intention: IntentionPoll }) {
  if (intention.handoffs.length === 0) return null;
  const names = new Map(intention.intentions.map((i) => [i.intentionId, intentionName(i)]));
  return (
    <ul class="intention-handoffs">
      {intention.handoffs.map((h) => (
        <li key={h.intentionId} class={h.refused ? "error" : ""}>
          {h.refused
            ? [t("intentionVote.refused", { intention: names.get(h.intentionId) ?? "", code: h.refused }), has(`error.${h.refused}`) ? t(`error.${h.refused}`) : ""].filter(Boolean).join(" ")
            : t("intentionVote.recorded", { intention: names.get(h.intentionId) ?? "" })}
        </li>
      ))}
    </ul>
  );
}
