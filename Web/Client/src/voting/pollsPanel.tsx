import type { ReadonlySignal } from "@preact/signals";
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { useId } from "../ui/uniqueId";
import { t, tn } from "../i18n";
import { shownFocus, type MeetingState } from "../live/meetingState";
import type { MeetingCommands } from "../meetings/commands";
import { mayFacilitate } from "../meetings/panel";
import type { LowTurnoutChoice, PollDraft, PollView } from "../types";
import { Alert, Field, useAlert } from "../ui/components";
import { Ballot } from "./ballot";
import { CloseConfirmation } from "./closeConfirm";
import { IntentionPollInfo } from "./intentionPoll";
import { NewPollForm } from "./newPollForm";
import { OnBehalfVote } from "./onBehalfVote";
import { PollResult, Withheld } from "./pollResult";
import { closeOrAsk, needsTurnoutChoice } from "./secretTurnout";
import { TurnoutChoice } from "./turnoutChoice";

export interface PollsProps {
  state: ReadonlySignal<MeetingState>;
  commands: MeetingCommands;
  meetingId: string;
  nameOf(participantId: string): string;
  /** Signed-in organizers may download results as CSV (the export needs the sign-in). */
  canDownload: boolean;
}

type Run = (action: () => Promise<unknown>) => Promise<void>;

/**
 * Polls of the meeting, newest first: the facilitator sets them up, opens and closes them; the eligible vote;
 * results are shown as their rules allow. Each poll keeps its ballot and its open questions as its own state.
 */
export function PollsPanel({ state, commands, meetingId, nameOf, canDownload }: PollsProps) {
  const s = state.value;
  const alert = useAlert();
  const polls = [...s.polls].reverse();
  const create = async (draft: PollDraft) => {
    let created = false;
    await alert.run(async () => {
      await commands.createPoll(draft);
      created = true;
    });
    return created;
  };
  return (
    <section class="panel polls-panel" aria-labelledby="polls-title">
      <h2 id="polls-title">{t("poll.title")}</h2>
      <Alert message={alert.message} />
      <div class="polls">
        {polls.length === 0 ? <p class="hint">{t("poll.none")}</p> : null}
        {polls.map((poll) => (
          <Poll key={poll.id} poll={poll} s={s} commands={commands} nameOf={nameOf} run={alert.run} csv={canDownload ? `/api/meetings/${meetingId}/polls/${poll.id}/result.csv` : null} />
        ))}
      </div>
      {mayFacilitate(s) ? <NewPollForm create={create} /> : null}
    </section>
  );
}

interface PollProps {
  poll: PollView;
  s: MeetingState;
  commands: MeetingCommands;
  nameOf(participantId: string): string;
  run: Run;
  csv: string | null;
}

/** Which question closing a poll asks now: the confirmation, or the choice below a secret poll's minimum turnout. */
type Asking = "confirm" | "turnout" | null;

function Poll({ poll, s, commands, nameOf, run, csv }: PollProps) {
  const titleId = useId();
  const choiceId = useId();
  const d = poll.draft;
  const facilitating = mayFacilitate(s);
  const focus = shownFocus(s);
  const presented = focus.kind === "Poll" && focus.targetId === poll.id;
  const [asked, setAsked] = useState<Asking>(null);
  // A question no longer needed (enough ballots came, or the poll closed) goes away.
  const asking: Asking = !facilitating || poll.phase !== "Open" ? null : asked === "turnout" && !needsTurnoutChoice(poll) ? null : asked;
  // After a question is answered the focus goes to the poll's title (closed) or back to its close button.
  const [refocus, setRefocus] = useState<"title" | "close" | null>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (refocus === null) return;
    (refocus === "title" ? title : closeButton).current?.focus();
    setRefocus(null);
  }, [refocus]);
  useEffect(() => {
    if (asked !== asking) setAsked(asking);
  }, [asked, asking]);

  const answered = (closed: boolean) => {
    setAsked(null);
    setRefocus(closed ? "title" : "close");
  };
  const askClose = () => setAsked(needsTurnoutChoice(poll) ? "turnout" : "confirm");
  const confirmClose = () =>
    void run(async () => {
      setAsked(null);
      const closed = await closeOrAsk(poll, (belowMinimum) => commands.closePoll(poll.id, belowMinimum), () => setAsked("turnout"));
      if (closed) setRefocus("title");
    });
  const closeBelowMinimum = (choice: LowTurnoutChoice) =>
    void run(async () => {
      await commands.closePoll(poll.id, choice);
      answered(true);
    });
  const button = (label: string, action: () => Promise<unknown>, primary = false) => (
    <button type="button" class={primary ? "primary" : ""} aria-describedby={titleId} onClick={() => void run(action)}>
      {label}
    </button>
  );
  const meta = [
    t(`poll.phase.${poll.phase}`),
    t(`poll.kind.${d.kind}`),
    d.secret ? t("poll.secret") : t("poll.named"),
    d.liveResults ? t("poll.live") : t("poll.hidden"),
    d.quorum ? t("poll.quorum", { count: d.quorum }) : "",
    poll.phase !== "Closed" && poll.minimumTurnout !== null ? tn("poll.minimumTurnout", poll.minimumTurnout) : "",
    poll.phase === "Open" && poll.result === null ? tn("poll.votedSoFar", poll.voterIds.length) : "",
  ];
  return (
    <article class={`poll poll-${poll.phase.toLowerCase()}`} data-poll={poll.id} aria-labelledby={titleId}>
      <h3 id={titleId} tabindex={-1} ref={title}>
        {d.question}
        {presented ? <span class="badge presented">{t("follow.presented")}</span> : null}
      </h3>
      <p class="poll-meta">{meta.filter(Boolean).join(" · ")}</p>
      {poll.intention ? <IntentionPollInfo poll={poll} intention={poll.intention} facilitating={facilitating} commands={commands} run={run} /> : null}
      {facilitating ? (
        <div class="item-actions">
          {poll.phase === "Draft" ? button(t("poll.open"), () => commands.openPoll(poll.id), true) : null}
          {poll.phase === "Open" ? (
            // The close button says whether the question closing asks is open under it.
            <button
              type="button"
              class="primary"
              ref={closeButton}
              aria-describedby={titleId}
              aria-expanded={asking !== null}
              aria-controls={asking ? choiceId : undefined}
              onClick={askClose}
            >
              {t("poll.close")}
            </button>
          ) : null}
          {presented ? null : button(t("follow.present"), () => commands.setFocus("Poll", poll.id))}
          {poll.phase !== "Closed" ? <Recusal poll={poll} s={s} commands={commands} nameOf={nameOf} run={run} /> : null}
        </div>
      ) : null}
      {asking === "turnout" ? <TurnoutChoice poll={poll} id={choiceId} choose={closeBelowMinimum} cancel={() => answered(false)} /> : null}
      {asking === "confirm" ? <CloseConfirmation poll={poll} id={choiceId} confirm={confirmClose} cancel={() => answered(false)} /> : null}
      {poll.phase === "Open" ? <YourBallot poll={poll} s={s} commands={commands} /> : null}
      {poll.phase === "Open" && s.details.phase !== "Ended" && (facilitating || s.you.proxy) ? <OnBehalfVote poll={poll} s={s} commands={commands} /> : null}
      {poll.result ? <PollResult poll={poll} result={poll.result} csv={csv} nameOf={nameOf} /> : poll.lowTurnout?.choice === "Withhold" ? <Withheld decision={poll.lowTurnout} /> : null}
    </article>
  );
}

/** The ballot for those who may vote in this poll; a note for the recused. */
function YourBallot({ poll, s, commands }: { poll: PollView; s: MeetingState; commands: MeetingCommands }) {
  const you = s.you;
  const recused = poll.recused.includes(you.participantId);
  if (recused) return <p class="hint">{t("poll.recusedYou")}</p>;
  if (you.role === "Observer" || you.muted || you.noVotingRight || s.details.phase === "Ended") return null;
  return <Ballot poll={poll} voted={poll.voterIds.includes(you.participantId)} commands={commands} />;
}

/** The facilitator recuses a voter with a conflict of interest from this poll (or lets them vote again). */
function Recusal({ poll, s, commands, nameOf, run }: { poll: PollView; s: MeetingState; commands: MeetingCommands; nameOf(id: string): string; run: Run }) {
  const id = useId();
  const voters = s.roster.filter((e) => e.role !== "Observer" && !e.removed);
  const [chosen, setChosen] = useState(voters[0]?.participantId ?? "");
  const who = voters.some((v) => v.participantId === chosen) ? chosen : (voters[0]?.participantId ?? "");
  return (
    <details class="recusal">
      <summary>{t("poll.recusal")}</summary>
      <Field id={id} label={t("poll.recusalWho")}>
        <select id={id} value={who} onChange={(event) => setChosen(event.currentTarget.value)}>
          {voters.map((e) => (
            <option key={e.participantId} value={e.participantId}>
              {`${nameOf(e.participantId)}${poll.recused.includes(e.participantId) ? ` (${t("poll.recused")})` : ""}`}
            </option>
          ))}
        </select>
      </Field>
      <button type="button" onClick={() => void run(() => commands.recuseVoter(poll.id, who, !poll.recused.includes(who)))}>
        {t("poll.recuseToggle")}
      </button>
    </details>
  );
}
