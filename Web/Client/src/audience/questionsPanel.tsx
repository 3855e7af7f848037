import type { ReadonlySignal } from "@preact/signals";
import { useEffect, useRef, useState } from "preact/hooks";
import type { QuestionsView, QuestionView } from "../contract.generated";
import { t, tn } from "../i18n";
import type { MeetingState } from "../live/meetingState";
import { usePersonalView } from "../live/personalView";
import { needsRead, questionMarker, viewFrom } from "./questionsView";
import type { MeetingCommands } from "../meetings/commands";
import { isFacilitator } from "../meetings/panel";
import type { RosterEntry } from "../types";
import { onBehalfPeopleFor, OnBehalfPicker } from "../voting/onBehalfPicker";
import { Alert, useAlert } from "../ui/components";
import "./questions.css";

export interface QuestionsProps {
  state: ReadonlySignal<MeetingState>;
  commands: MeetingCommands;
}

type Order = "votes" | "time";

/**
 * Questions from the audience (docs/protocol.md): everyone asks and upvotes; moderators release, answer, hide and
 * merge, and the facilitator shows one on the room screen. The broadcast carries only public questions: the panel
 * applies it to what it read of its own (votes, own pending questions) and reads again only when that is behind
 * (a moderator's queue, one's own question released or gone: `needsRead`).
 */
export function QuestionsPanel({ state, commands }: QuestionsProps) {
  const s = state.value;
  const alert = useAlert();
  const { view, asked, voted } = useQuestionsView(s, commands, alert.show);
  const [order, setOrder] = useState<Order>("votes");
  const announced = useNewQuestions(view);
  const ended = s.details.phase === "Ended";
  const questions = [...(view?.questions ?? [])].sort((a, b) => (order === "votes" ? b.votes - a.votes : 0) || b.askedAt.localeCompare(a.askedAt));
  return (
    <section class="panel questions-panel" aria-labelledby="questions-title">
      <h2 id="questions-title">{t("questions.title")}</h2>
      <Alert message={alert.message} />
      <p class="visually-hidden" aria-live="polite">
        {announced}
      </p>
      {ended ? null : <AskForm commands={commands} run={alert.run} asked={asked} people={s.you.muted ? [] : onBehalfPeopleFor(s)} />}
      {view?.moderator && view.pending > 0 ? <p class="hint">{tn("questions.pending", view.pending)}</p> : null}
      {isFacilitator(s) && view ? (
        <label class="check">
          <input type="checkbox" checked={view.inMinutes} onChange={(e) => void alert.run(() => commands.execute({ type: "setQuestionsInMinutes", include: e.currentTarget.checked }))} />{" "}
          {t("questions.inMinutes")}
        </label>
      ) : null}
      <fieldset class="questions-order">
        <legend>{t("questions.order")}</legend>
        {(["votes", "time"] as const).map((o) => (
          <label key={o}>
            <input type="radio" name="questions-order" checked={order === o} onChange={() => setOrder(o)} /> {t(`questions.order.${o}`)}
          </label>
        ))}
      </fieldset>
      {questions.length === 0 ? <p>{t("questions.none")}</p> : null}
      <ul class="questions">
        {questions.map((q) => (
          <Question key={q.id} q={q} all={questions} moderator={view?.moderator ?? false} facilitator={isFacilitator(s)} ended={ended} commands={commands} run={alert.run} voted={voted} />
        ))}
      </ul>
    </section>
  );
}

/** A question of one's own, or, for a facilitator or an allowed proxy (<c>people</c>), one asked for someone else, who is then its asker. */
function AskForm({ commands, run, asked, people }: {
  commands: MeetingCommands;
  run: (action: () => Promise<unknown>) => Promise<void>;
  asked: () => void;
  people: RosterEntry[];
}) {
  const [text, setText] = useState("");
  const [named, setNamed] = useState(false);
  const [forId, setForId] = useState("");
  const [sent, setSent] = useState(false);
  const onBehalfOf = people.some((p) => p.participantId === forId) ? forId : "";
  const submit = (event: Event) => {
    event.preventDefault();
    setSent(false);
    void run(async () => {
      await commands.askQuestion(text, named, onBehalfOf || null);
      asked();
      setText("");
      setSent(true);
    });
  };
  return (
    <form class="ask-question" onSubmit={submit}>
      <label for="question-text">{t("questions.ask.label")}</label>
      <textarea id="question-text" rows={2} maxLength={300} required value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <label class="check">
        <input type="checkbox" checked={named} onChange={(e) => setNamed(e.currentTarget.checked)} /> {t(onBehalfOf ? "questions.ask.namedFor" : "questions.ask.named")}
      </label>
      {people.length > 0 ? <OnBehalfPicker people={people} value={onBehalfOf} onChange={setForId} none={t("onBehalf.forMyself")} /> : null}
      <button type="submit">{t("questions.ask.submit")}</button>
      <p class="hint" role="status">
        {sent ? t("questions.ask.sent") : ""}
      </p>
    </form>
  );
}

interface QuestionProps {
  q: QuestionView;
  all: QuestionView[];
  moderator: boolean;
  facilitator: boolean;
  ended: boolean;
  commands: MeetingCommands;
  run: (action: () => Promise<unknown>) => Promise<void>;
  voted: (questionId: string) => void;
}

function Question({ q, all, moderator, facilitator, ended, commands, run, voted }: QuestionProps) {
  const setState = (state: QuestionView["state"]) => void run(() => commands.execute({ type: "setQuestionState", questionId: q.id, state }));
  const public_ = q.state === "Released" || q.state === "Answered";
  return (
    <li class={`question question-${q.state.toLowerCase()}`}>
      <p class="question-text">{q.text}</p>
      <p class="question-meta">
        {q.authorName ?? t("questions.anonymous")} · {t(`questions.state.${q.state}`)} · {tn("questions.votes", q.votes)}
      </p>
      {questionMarker(q) ? <p class="on-behalf-note">{questionMarker(q)}</p> : null}
      <div class="question-actions">
        {public_ && !ended ? (
          <button type="button" aria-pressed={q.voted} disabled={q.mine} onClick={() => void run(async () => voted((await commands.upvoteQuestion(q.id)).id))}>
            {t("questions.upvote")}
          </button>
        ) : null}
        {moderator && !ended ? (
          <>
            {q.state !== "Released" ? <button type="button" onClick={() => setState("Released")}>{t("questions.release")}</button> : null}
            {q.state !== "Answered" ? <button type="button" onClick={() => setState("Answered")}>{t("questions.answered")}</button> : null}
            {q.state !== "Hidden" ? <button type="button" onClick={() => setState("Hidden")}>{t("questions.hide")}</button> : null}
            <MergeInto q={q} all={all} commands={commands} run={run} />
          </>
        ) : null}
        {facilitator && public_ && !ended ? (
          <button type="button" onClick={() => void run(() => commands.setFocus("Question", q.id))}>
            {t("questions.show")}
          </button>
        ) : null}
      </div>
    </li>
  );
}

function MergeInto({ q, all, commands, run }: Omit<QuestionProps, "moderator" | "facilitator" | "ended" | "voted">) {
  const others = all.filter((o) => o.id !== q.id);
  if (others.length === 0) return null;
  const id = `merge-${q.id}`;
  return (
    <span class="merge-into">
      <label for={id}>{t("questions.mergeInto")}</label>
      <select
        id={id}
        value=""
        onChange={(e) => {
          const target = e.currentTarget.value;
          if (target) void run(() => commands.execute({ type: "mergeQuestions", targetId: target, sourceId: q.id }));
        }}
      >
        <option value="">—</option>
        {others.map((o) => (
          <option key={o.id} value={o.id}>
            {o.text.length > 60 ? `${o.text.slice(0, 60)}…` : o.text}
          </option>
        ))}
      </select>
    </span>
  );
}

/**
 * The caller's view: read when the panel opens, after their own question and when a broadcast leaves it behind
 * (`needsRead`); otherwise the broadcast is applied to the last read (`viewFrom`), so most of a large audience reads
 * nothing when a question changes. Votes given since the last read are kept here.
 */
function useQuestionsView(s: MeetingState, commands: MeetingCommands, fail: (message: string) => void) {
  const [asks, setAsks] = useState(0);
  const [votedNow, setVotedNow] = useState<ReadonlySet<string>>(new Set());
  const seen = useRef<{ reads: number; broadcast?: QuestionsView; personal: QuestionsView | null }>({ reads: 0, personal: null });
  const broadcast = s.questions;
  if (broadcast !== seen.current.broadcast) {
    const personal = seen.current.personal;
    if (broadcast && personal && needsRead(seen.current.broadcast, broadcast, personal, s.you.participantId)) seen.current.reads++;
    seen.current.broadcast = broadcast;
  }
  const personal = usePersonalView(() => commands.getQuestions(), [seen.current.reads, asks, s.you.participantId], fail);
  seen.current.personal = personal;
  useEffect(() => setVotedNow(new Set()), [personal]);
  return {
    view: personal && broadcast ? viewFrom(broadcast, personal, votedNow) : personal,
    asked: () => setAsks((n) => n + 1),
    voted: (id: string) => setVotedNow((v) => new Set(v).add(id)),
  };
}

/** The text a screen reader hears when a question is newly released (not those there when the panel opened). */
function useNewQuestions(view: QuestionsView | null): string {
  const seen = useRef<Set<string> | null>(null);
  const [message, setMessage] = useState("");
  useEffect(() => {
    if (!view) return;
    const released = view.questions.filter((q) => q.state === "Released");
    if (seen.current) {
      const fresh = released.filter((q) => !seen.current!.has(q.id));
      if (fresh.length > 0) setMessage(t("questions.new", { text: fresh[fresh.length - 1]!.text }));
    }
    seen.current = new Set(released.map((q) => q.id));
  }, [view]);
  return message;
}
