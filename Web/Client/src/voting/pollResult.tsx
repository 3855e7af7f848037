import { formatDateTime, formatNumber, formatPercent } from "../format";
import { t } from "../i18n";
import type { LowTurnoutDecision, PollResult as Result, PollView } from "../types";
import { OnBehalfNote } from "./onBehalfVote";
import { optionLabels } from "./optionLabels";
import { lowTurnoutNote } from "./secretTurnout";
import { verdictWords } from "./verdictWords";

/** A poll's result (live or final): turnout, the verdict by its rule and the options best first, as a table with bars. */
export function PollResult({ poll, result, csv, nameOf }: { poll: PollView; result: Result; csv: string | null; nameOf: (participantId: string) => string }) {
  const max = Math.max(1, ...result.options.map((o) => o.mean ?? o.count));
  const ranked = [...result.options].sort((a, b) => (b.mean ?? b.count) - (a.mean ?? a.count) || a.index - b.index);
  const turnout = formatPercent(result.eligible > 0 ? result.voted / result.eligible : 0);
  const labels = optionLabels(poll);
  const v = result.verdict;
  const words = v ? verdictWords(poll, v, labels) : null;
  return (
    <div class="poll-result">
      <h4>{result.final ? t("poll.result") : t("poll.liveResult")}</h4>
      <p>
        {t("poll.turnout", { voted: result.voted, eligible: result.eligible, percent: turnout })}
        {" · "}
        {t(`poll.method.${result.method}`)}
      </p>
      <OnBehalfNote poll={poll} result={result} nameOf={nameOf} />
      {result.valid ? null : <p class="alert">{t("poll.invalid")}</p>}
      {poll.lowTurnout ? <p class="low-turnout-note">{lowTurnoutNote(poll.lowTurnout)}</p> : null}
      {v && words ? (
        // "Usnesení bylo přijato: 7 pro, 2 proti, zdrželo se 1." and the rule it was reached by.
        <div class={`verdict verdict-${v.outcome.toLowerCase()}`}>
          <p class="verdict-text">
            <strong>{words.text}</strong>
          </p>
          <p class="hint">{words.rule}</p>
        </div>
      ) : null}
      <table class="result-table">
        <caption class="visually-hidden">{poll.draft.question}</caption>
        <thead>
          <tr>
            <th scope="col">{t("poll.option")}</th>
            <th scope="col">{t(`csv.count.${result.method}`)}</th>
            <th scope="col">
              <span class="visually-hidden">{t("poll.bar")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {ranked.map((o) => (
            <tr key={o.index} data-option={o.index}>
              <th scope="row">{labels[o.index] ?? o.label}</th>
              <td class="number">{o.mean === null ? String(o.count) : formatNumber(o.mean, 2)}</td>
              <td class="bar-cell" aria-hidden="true">
                <span class="bar" style={`width: ${Math.round((100 * (o.mean ?? o.count)) / max)}%`} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.final ? <p class="hint">{t("poll.closedAt", { at: formatDateTime(result.at) })}</p> : null}
      {csv ? (
        <p>
          <a href={csv} download="">
            {t("poll.csv")}
          </a>
        </p>
      ) : null}
    </div>
  );
}

/** A secret poll closed below the minimum turnout without its result: everyone reads why, and no counts. */
export function Withheld({ decision }: { decision: LowTurnoutDecision }) {
  return (
    <div class="poll-result poll-withheld">
      <h4>{t("poll.withheld.title")}</h4>
      <p>{lowTurnoutNote(decision)}</p>
    </div>
  );
}
