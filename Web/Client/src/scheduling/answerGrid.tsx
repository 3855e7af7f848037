import { useId } from "../ui/uniqueId";
import { t } from "../i18n";
import type { DateAnswer, DateOptionTally } from "../types";
import { optionLabel } from "./dateTallies";

const ANSWERS: readonly DateAnswer[] = ["Yes", "IfNeedBe", "No"];
const LABEL: Record<DateAnswer, string> = { Yes: "datePoll.yes", IfNeedBe: "datePoll.ifNeedBe", No: "datePoll.no" };

/**
 * A member's answers: a row per date (its header), a column per answer (their headers); each row is one group of
 * radio buttons, so Tab moves between dates and the arrow keys between yes, if need be and no.
 */
export function AnswerGrid({ options, answers, change }: { options: DateOptionTally[]; answers: Record<string, DateAnswer>; change(optionId: string, answer: DateAnswer): void }) {
  const id = useId();
  return (
    <div class="table-wrap">
      <table class="answer-grid">
        <caption>{t("datePoll.yourAnswers")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("datePoll.columnDate")}</th>
            {ANSWERS.map((a) => (
              <th scope="col" key={a} id={`${id}-${a}`}>
                {t(LABEL[a])}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {options.map((o) => (
            <tr key={o.id}>
              <th scope="row" id={`${id}-${o.id}`}>
                {optionLabel(o)}
              </th>
              {ANSWERS.map((a) => (
                <td key={a} class={`answer-${a}`}>
                  <input
                    type="radio"
                    name={`${id}-${o.id}`}
                    checked={answers[o.id] === a}
                    aria-labelledby={`${id}-${o.id} ${id}-${a}`}
                    onChange={() => change(o.id, a)}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The answers' save button, and the polite line under it that says what became of them. */
export function SaveAnswers({ status }: { status: string }) {
  return (
    <>
      <div class="date-poll-actions">
        <button type="submit" class="primary">
          {t("datePoll.save")}
        </button>
      </div>
      <p class="status" role="status">
        {status}
      </p>
    </>
  );
}
