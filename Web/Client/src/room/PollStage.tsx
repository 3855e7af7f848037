import { formatPercent } from "../format";
import { currentLanguage, t } from "../i18n";
import type { PollResult, PollView } from "../types";
import { optionLabels } from "../voting/optionLabels";
import { lowTurnoutNote } from "../voting/secretTurnout";
import { verdictWords } from "../voting/verdictWords";
import { BarTable, type Bar } from "./BarTable";

/**
 * A poll as the room reads it: while open the question, the options and the turnout (counts only when its results are
 * live); once closed the result as a chart with the verdict, or why it was withheld. It shows only what the viewer's
 * own poll view holds, so a secret or withheld result is exactly as hidden as for participants.
 */
export function PollStage({ poll }: { poll: PollView }) {
  const labels = optionLabels(poll);
  const result = poll.result;
  const withheld = poll.phase === "Closed" && !result && poll.lowTurnout?.choice === "Withhold";
  return (
    <div class="room-poll" data-room={poll.phase === "Closed" ? "poll-result" : "poll-open"}>
      <h2 class="room-heading">{poll.draft.question}</h2>
      <p class="room-sub room-poll-state">
        {t(`room.poll.${poll.phase}`)}
        {" · "}
        {result ? turnout(result) : t("room.poll.ballots", { count: poll.voterIds.length })}
      </p>
      {result ? (
        <>
          {result.verdict ? <Verdict poll={poll} result={result} labels={labels} /> : null}
          <BarTable caption={poll.draft.question} labelHead={t("poll.option")} valueHead={t(`csv.count.${result.method}`)} bars={bars(poll, result, labels)} />
          {poll.lowTurnout ? <p class="room-note">{lowTurnoutNote(poll.lowTurnout)}</p> : null}
        </>
      ) : withheld ? (
        <div class="room-withheld">
          <p class="room-verdict">{t("poll.withheld.title")}</p>
          <p class="room-note">{lowTurnoutNote(poll.lowTurnout!)}</p>
        </div>
      ) : (
        <>
          <ul class="room-options">
            {labels.map((label, i) => (
              <li key={i}>{label}</li>
            ))}
          </ul>
          {poll.phase === "Open" ? <p class="room-note">{t("room.poll.resultLater")}</p> : null}
        </>
      )}
    </div>
  );
}

function Verdict({ poll, result, labels }: { poll: PollView; result: PollResult; labels: string[] }) {
  const v = result.verdict!;
  const words = verdictWords(poll, v, labels);
  return (
    <div class={`room-verdict-box verdict-${v.outcome.toLowerCase()}`}>
      <p class="room-verdict">{words.text}</p>
      <p class="room-note">
        {words.rule}
        {result.final ? "" : ` · ${t("poll.liveResult")}`}
      </p>
    </div>
  );
}

function turnout(result: PollResult): string {
  const percent = formatPercent(result.eligible > 0 ? result.voted / result.eligible : 0);
  return t("poll.turnout", { voted: result.voted, eligible: result.eligible, percent });
}

/** Opinions and single choice keep the options' order (for, against, abstain); rankings and scores come best first. */
function bars(poll: PollView, result: PollResult, labels: string[]): Bar[] {
  const kept = poll.draft.kind === "YesNoAbstain" || poll.draft.kind === "SingleChoice";
  const options = kept ? result.options : [...result.options].sort((a, b) => (b.mean ?? b.count) - (a.mean ?? a.count) || a.index - b.index);
  const number = new Intl.NumberFormat(currentLanguage(), { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(currentLanguage(), { style: "percent" });
  return options.map((o) => ({
    key: o.index,
    label: labels[o.index] ?? o.label,
    value: o.mean ?? o.count,
    shown: o.mean !== null ? number.format(o.mean) : result.method === "count" && result.voted > 0 ? `${o.count} (${percent.format(o.count / result.voted)})` : String(o.count),
  }));
}
