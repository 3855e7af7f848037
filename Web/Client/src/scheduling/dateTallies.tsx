import { formatPlannedDate } from "../format";
import { t } from "../i18n";
import type { DateOptionTally } from "../types";

export const optionLabel = (o: { date: string; time: string }) => formatPlannedDate(o.date, o.time);

/** "Best so far: …" (every tied date), said politely when it changes. */
export function BestDates({ options, best }: { options: DateOptionTally[]; best: string[] }) {
  const dates = options.filter((o) => best.includes(o.id)).map(optionLabel);
  return (
    <p class="date-best" role="status">
      {dates.length === 0 ? t("datePoll.noBest") : t("datePoll.bestSummary", { dates: dates.join("; ") })}
    </p>
  );
}

/** The answers counted per date; the best ones marked in words, not only by looks. */
export function TallyTable({ options, best, caption, action }: { options: DateOptionTally[]; best: string[]; caption: string; action?: (o: DateOptionTally) => preact.ComponentChild }) {
  return (
    <div class="table-wrap">
      <table class="date-tallies">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("datePoll.columnDate")}</th>
            <th scope="col">{t("datePoll.yes")}</th>
            <th scope="col">{t("datePoll.ifNeedBe")}</th>
            <th scope="col">{t("datePoll.no")}</th>
            {action ? <th scope="col">{t("datePoll.columnAction")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {options.map((o) => (
            <tr key={o.id} class={best.includes(o.id) ? "best" : undefined}>
              <th scope="row">
                {optionLabel(o)}
                {best.includes(o.id) ? <span class="badge">{t("datePoll.best")}</span> : null}
              </th>
              <td>{o.yes}</td>
              <td>{o.ifNeedBe}</td>
              <td>{o.no}</td>
              {action ? <td>{action(o)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
