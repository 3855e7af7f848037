import type { ReadonlySignal } from "@preact/signals";
import { useState } from "preact/hooks";
import { t } from "../i18n";
import type { MeetingState } from "../live/meetingState";
import { usePersonalView } from "../live/personalView";
import type { MeetingCommands } from "../meetings/commands";
import { mayContribute, mayFacilitate } from "../meetings/panel";
import type { DateAnswer, DatePollTallies } from "../types";
import { Alert, useAlert } from "../ui/components";
import { useId } from "../ui/uniqueId";
import { AnswerGrid, SaveAnswers } from "./answerGrid";
import { Proposer } from "./dateProposer";
import { BestDates, optionLabel, TallyTable } from "./dateTallies";
import "./scheduling.css";

const NONE_SAVED: { optionId: string; answer: DateAnswer }[] = [];

/**
 * "Příští termín" in the meeting (docs/protocol.md, "Finding the next date"): the group's one date poll. Everyone sees
 * the counts and the best date, live from `datePollChanged`; a seat that is a member of the group answers in the grid;
 * the facilitator proposes dates and chooses one. Each person reads their own view (their answers, whether they may
 * answer) when the panel opens and when their seat changes; the counts come from the broadcast after that.
 */
export function NextDatePanel({ state, commands }: { state: ReadonlySignal<MeetingState>; commands: MeetingCommands }) {
  const s = state.value;
  const id = useId();
  const alert = useAlert();
  const own = usePersonalView(() => commands.getDatePoll(), [s.you.participantId, s.you.memberId ?? null, s.you.role], alert.show);
  const poll: DatePollTallies | null = s.datePoll ?? own?.poll ?? null;
  const facilitate = mayFacilitate(s);
  const open = poll?.status === "Open";
  const mayAnswer = open && (own?.mayAnswer ?? false) && mayContribute(s);
  const chosen = poll?.status === "Chosen" ? poll.options.find((o) => o.id === poll.chosenId) : undefined;
  return (
    <section class="panel next-date" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("datePoll.meetingTitle")}</h2>
      <Alert message={alert.message} />
      {poll === null ? <p>{t("datePoll.meetingNone")}</p> : null}
      {poll?.place ? <p>{t("datePoll.placeValue", { place: poll.place })}</p> : null}
      {chosen ? <p>{t("datePoll.chosen", { date: optionLabel(chosen) })}</p> : null}
      {poll?.status === "Closed" ? <p>{t("datePoll.closed")}</p> : null}
      {open ? (
        <>
          <BestDates options={poll.options} best={poll.best} />
          <TallyTable
            options={poll.options}
            best={poll.best}
            caption={t("datePoll.results")}
            action={
              facilitate
                ? (o) => (
                    <button type="button" onClick={() => void alert.run(() => commands.execute({ type: "chooseDate", optionId: o.id }))}>
                      {t("datePoll.choose", { date: optionLabel(o) })}
                    </button>
                  )
                : undefined
            }
          />
          {mayAnswer ? (
            <Answers key={poll.id} poll={poll} saved={own?.poll?.id === poll.id ? own.answers : NONE_SAVED} commands={commands} />
          ) : facilitate ? null : (
            // The facilitator links seats to members (their own too) under People; the others are told how it works.
            <p class="hint">{s.you.role === "Observer" ? t("datePoll.publicCounts") : t("datePoll.notMember")}</p>
          )}
        </>
      ) : facilitate ? (
        <Proposer start={(options, place) => alert.run(() => commands.execute({ type: "startDatePoll", options, place }))} />
      ) : null}
    </section>
  );
}

/** The person's answers in the grid, their own state until saved; a new poll starts a new grid (keyed by the poll). */
function Answers({ poll, saved, commands }: { poll: DatePollTallies; saved: { optionId: string; answer: DateAnswer }[]; commands: MeetingCommands }) {
  // The grid shows once the person's own view is read (it says whether they may answer), so what they saved is known.
  const [answers, setAnswers] = useState<Record<string, DateAnswer>>(() => Object.fromEntries(saved.map((a) => [a.optionId, a.answer])));
  const [status, setStatus] = useState("");
  const alert = useAlert();
  const submit = (event: Event) => {
    event.preventDefault();
    setStatus("");
    void alert.run(async () => {
      await commands.execute({ type: "answerDatePoll", answers: Object.entries(answers).map(([optionId, answer]) => ({ optionId, answer })) });
      setStatus(t("datePoll.saved"));
    });
  };
  return (
    <form onSubmit={submit} class="date-answers">
      <AnswerGrid
        options={poll.options}
        answers={answers}
        change={(optionId, answer) => setAnswers({ ...answers, [optionId]: answer })}
      />
      <Alert message={alert.message} />
      <SaveAnswers status={status} />
    </form>
  );
}
