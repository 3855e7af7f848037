import { render } from "preact";
import { useEffect, useMemo, useState } from "preact/hooks";
import { ApiError } from "../api";
import { errorMessage } from "../errors";
import { t } from "../i18n";
import { PageShell } from "../intentions/PageShell";
import type { Page, PageContext } from "../router";
import type { DateAnswer, DatePollLinkView } from "../types";
import { AnswerGrid, SaveAnswers } from "./answerGrid";
import { DatePollLinkApi } from "./datePollApi";
import { BestDates, TallyTable } from "./dateTallies";
import "./scheduling.css";

/**
 * "/date-poll/{groupId}#TOKEN": a member answers the group's date poll by the link its manager gave them (no
 * account): yes, if need be or no for each date, and sees the answers so far and the best date.
 */
export function datePollPage(context: PageContext): Page {
  const token = decodeURIComponent(location.hash.replace(/^#/, ""));
  const api = new DatePollLinkApi(context.params.id, token);
  const draw = () => render(<DatePollAnswers api={api} token={token} ready={context.ready} />, context.main);
  draw();
  return { rerender: draw, dispose: () => render(null, context.main) };
}

function DatePollAnswers({ api, token, ready }: { api: DatePollLinkApi; token: string; ready: () => void }) {
  const [view, setView] = useState<DatePollLinkView | null>(null);
  const [failure, setFailure] = useState<unknown>(token ? null : new ApiError(0, "date_poll_link.invalid"));
  useEffect(() => {
    if (token) api.load().then(setView, setFailure);
  }, [api, token]);
  return (
    <PageShell title={view ? t("datePoll.pageTitle", { group: view.groupName }) : t("datePoll.title")} failure={failure} loaded={view !== null} ready={ready}>
      {view ? <AnswerForm api={api} view={view} saved={setView} /> : null}
    </PageShell>
  );
}

function AnswerForm({ api, view, saved }: { api: DatePollLinkApi; view: DatePollLinkView; saved(view: DatePollLinkView): void }) {
  const initial = useMemo(() => Object.fromEntries(view.answers.map((a) => [a.optionId, a.answer])), [view.answers]);
  const [answers, setAnswers] = useState<Record<string, DateAnswer>>(initial);
  const [status, setStatus] = useState("");
  const [alert, setAlert] = useState("");
  const submit = async (event: Event) => {
    event.preventDefault();
    setAlert("");
    setStatus("");
    try {
      saved(await api.answer(Object.entries(answers).map(([optionId, answer]) => ({ optionId, answer }))));
      setStatus(t("datePoll.saved"));
    } catch (error) {
      setAlert(errorMessage(error));
    }
  };
  return (
    <>
      <p>{t("datePoll.greeting", { name: view.memberName })}</p>
      {view.place ? <p>{t("datePoll.placeValue", { place: view.place })}</p> : null}
      <form onSubmit={submit} class="date-answers">
        <AnswerGrid options={view.options} answers={answers} change={(id, answer) => setAnswers({ ...answers, [id]: answer })} />
        {alert ? (
          <p role="alert" class="alert">
            {alert}
          </p>
        ) : null}
        <SaveAnswers status={status} />
      </form>
      <section aria-labelledby="date-results">
        <h2 id="date-results">{t("datePoll.results")}</h2>
        <BestDates options={view.options} best={view.best} />
        <TallyTable options={view.options} best={view.best} caption={t("datePoll.results")} />
      </section>
    </>
  );
}
