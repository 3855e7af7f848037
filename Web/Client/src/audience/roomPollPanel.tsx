import type { ReadonlySignal } from "@preact/signals";
import { useState } from "preact/hooks";
import type { WordCloudView } from "../contract.generated";
import { t, tn } from "../i18n";
import type { MeetingState } from "../live/meetingState";
import { usePersonalView } from "../live/personalView";
import type { MeetingCommands } from "../meetings/commands";
import { isFacilitator } from "../meetings/panel";
import { Alert, useAlert } from "../ui/components";
import { EMOJI, REACTIONS, WordCloudWords } from "./wordCloud";
import "./roomPoll.css";

export interface RoomPollProps {
  state: ReadonlySignal<MeetingState>;
  commands: MeetingCommands;
}

type Run = (action: () => Promise<unknown>) => Promise<void>;

/**
 * Quick polls of the room (docs/protocol.md, "Word cloud and reactions"): a word cloud and reactions, never decisions.
 * Everyone follows the broadcast (`wordCloudChanged`); a person reads their own view once (their answers), and after
 * that keeps it from their own answers, so a thousand answers are no thousand reads. Only the facilitator, who sees the
 * hidden words, reads again after a change.
 */
export function RoomPollPanel({ state, commands }: RoomPollProps) {
  const s = state.value;
  const alert = useAlert();
  const facilitator = isFacilitator(s);
  const personal = usePersonalView(() => commands.getWordCloud(), facilitator ? [s.wordCloud, s.you.participantId] : [s.you.participantId], alert.show);
  const [own, setOwn] = useState<WordCloudView | null>(null);
  const cloud = s.wordCloud ?? personal;
  const mine = [own, personal].find((v) => v && v.cloudId === cloud?.cloudId)?.mine ?? [];
  const ended = s.details.phase === "Ended";
  // Observers answer and react each only while the facilitator allows it (two switches).
  const observer = s.you.role === "Observer";
  const mayAnswer = !ended && (!observer || (cloud?.audienceMay ?? false));
  const mayReact = !ended && (!observer || (cloud?.audienceMayReact ?? false));
  return (
    <section class="panel room-poll-panel" aria-labelledby="room-poll-title">
      <h2 id="room-poll-title">{t("roomPoll.title")}</h2>
      <Alert message={alert.message} />
      {facilitator && !ended ? <Controls cloud={cloud} commands={commands} run={alert.run} /> : null}
      <h3>{cloud?.prompt ?? t("wordCloud.title")}</h3>
      {!cloud?.cloudId ? <p>{t("wordCloud.none")}</p> : null}
      {cloud?.cloudId && !cloud.open ? <p>{t("wordCloud.closed")}</p> : null}
      {cloud?.open && mayAnswer ? <AnswerForm mine={mine} max={cloud.answersPerPerson} commands={commands} run={alert.run} answered={setOwn} /> : null}
      {!ended ? <AudienceHint mayAnswer={mayAnswer} mayReact={mayReact} /> : null}
      {cloud?.cloudId ? (
        <>
          <p class="hint">{tn("wordCloud.answers", cloud.answers)}</p>
          {cloud.words.length > 0 ? <WordCloudWords words={cloud.words} label={t("wordCloud.title")} /> : null}
        </>
      ) : null}
      {facilitator && cloud ? <Moderation cloud={cloud} hidden={personal?.cloudId === cloud.cloudId ? personal.hidden : []} commands={commands} run={alert.run} /> : null}
      {mayReact ? <Reactions commands={commands} run={alert.run} /> : null}
    </section>
  );
}

function Controls({ cloud, commands, run }: { cloud: WordCloudView | null; commands: MeetingCommands; run: Run }) {
  const [prompt, setPrompt] = useState("");
  const open = (event: Event) => {
    event.preventDefault();
    void run(async () => {
      await commands.execute({ type: "openWordCloud", prompt });
      setPrompt("");
    });
  };
  return (
    <div class="room-poll-controls">
      <form class="word-cloud-open" onSubmit={open}>
        <label for="word-cloud-prompt">{t("wordCloud.prompt.label")}</label>
        <input id="word-cloud-prompt" type="text" maxLength={200} required value={prompt} onInput={(e) => setPrompt(e.currentTarget.value)} />
        <button type="submit">{t("wordCloud.open")}</button>
      </form>
      <Switch checked={cloud?.audienceMay ?? false} label={t("roomPoll.audience")} set={(allowed) => run(() => commands.execute({ type: "setAudienceInput", allowed }))} />
      <Switch checked={cloud?.audienceMayReact ?? false} label={t("roomPoll.audienceReactions")} set={(allowed) => run(() => commands.execute({ type: "setAudienceReactions", allowed }))} />
      <Switch checked={cloud?.inMinutes ?? false} label={t("wordCloud.inMinutes")} set={(include) => run(() => commands.execute({ type: "setWordCloudInMinutes", include }))} />
      {cloud?.cloudId ? (
        <div class="room-poll-actions">
          {cloud.open ? (
            <button type="button" onClick={() => void run(() => commands.execute({ type: "closeWordCloud" }))}>
              {t("wordCloud.close")}
            </button>
          ) : null}
          <button type="button" onClick={() => void run(() => commands.setFocus("WordCloud", null))}>
            {t("wordCloud.show")}
          </button>
        </div>
      ) : null}
    </div>
  );
}

/** One of the facilitator's switches: what observers may send, whether the minutes list the cloud. */
function Switch({ checked, label, set }: { checked: boolean; label: string; set: (allowed: boolean) => Promise<void> }) {
  return (
    <label class="check">
      <input type="checkbox" checked={checked} onChange={(e) => void set(e.currentTarget.checked)} /> {label}
    </label>
  );
}

/** What an observer may not send now, if anything. */
function AudienceHint({ mayAnswer, mayReact }: { mayAnswer: boolean; mayReact: boolean }) {
  const key = !mayAnswer && !mayReact ? "roomPoll.audienceNotAllowed" : !mayAnswer ? "roomPoll.answersNotAllowed" : !mayReact ? "roomPoll.reactionsNotAllowed" : null;
  return key ? <p class="hint">{t(key)}</p> : null;
}

function AnswerForm({ mine, max, commands, run, answered }: { mine: readonly string[]; max: number; commands: MeetingCommands; run: Run; answered: (view: WordCloudView) => void }) {
  const [text, setText] = useState("");
  const full = mine.length >= max;
  const submit = (event: Event) => {
    event.preventDefault();
    void run(async () => {
      answered(await commands.submitWord(text));
      setText("");
    });
  };
  return (
    <form class="word-answer" onSubmit={submit}>
      <label for="word-answer-text">{t("wordCloud.answer.label")}</label>
      <div class="word-answer-row">
        <input id="word-answer-text" type="text" maxLength={40} required disabled={full} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        <button type="submit" disabled={full}>
          {t("wordCloud.answer.submit")}
        </button>
      </div>
      <p class="hint" role="status">
        {mine.length > 0 ? t("wordCloud.mine", { words: mine.join(", "), count: mine.length, max }) : ""}
      </p>
    </form>
  );
}

/** The facilitator's list: hide a word from everyone's cloud, or show a hidden one again. */
function Moderation({ cloud, hidden, commands, run }: { cloud: WordCloudView; hidden: readonly string[]; commands: MeetingCommands; run: Run }) {
  const setHidden = (word: string, hide: boolean) => void run(() => commands.execute({ type: "setWordHidden", word, hidden: hide }));
  return (
    <div class="word-moderation">
      {cloud.words.length > 0 ? (
        <details>
          <summary>{t("wordCloud.moderate")}</summary>
          <ul>
            {cloud.words.map((w) => (
              <li key={w.word}>
                <button type="button" onClick={() => setHidden(w.word, true)}>
                  {t("wordCloud.hide", { word: w.word })}
                </button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {hidden.length > 0 ? (
        <>
          <h4>{t("wordCloud.hidden")}</h4>
          <ul>
            {hidden.map((word) => (
              <li key={word}>
                <button type="button" onClick={() => setHidden(word, false)}>
                  {t("wordCloud.unhide", { word })}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** The reaction buttons: sent at once, shown on the room screen; the server limits how many. */
function Reactions({ commands, run }: { commands: MeetingCommands; run: Run }) {
  return (
    <div class="reactions">
      <h3 id="reactions-title">{t("reactions.title")}</h3>
      <div role="group" aria-labelledby="reactions-title" class="reaction-buttons">
        {REACTIONS.map((r) => (
          <button key={r} type="button" class="reaction" aria-label={t(`reactions.${r}`)} title={t(`reactions.${r}`)} onClick={() => void run(() => commands.react(r))}>
            <span aria-hidden="true">{EMOJI[r]}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
