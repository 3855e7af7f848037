import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { ApiError } from "../api";
import { formatDateTime } from "../format";
import { t } from "../i18n";
import type { Page, PageContext } from "../router";
import type { SubmissionObjective, SubmissionView } from "../types";
import { Attachments } from "./Attachments";
import { FormSummary } from "./FormSummary";
import { PageShell } from "./PageShell";
import { SubmissionForm } from "./SubmissionForm";
import { SubmissionApi } from "./submissionApi";
import "./intentions.css";

/**
 * "/submission#TOKEN": a provider's development intention, by the link the coordinator gave them (no account). They
 * fill the form, save drafts and submit before the deadline; afterwards they read it, unless it was returned to them.
 */
export function submissionPage(context: PageContext): Page {
  const token = decodeURIComponent(location.hash.replace(/^#/, ""));
  const api = new SubmissionApi(token);
  const draw = () => render(<Submission api={api} token={token} ready={context.ready} />, context.main);
  draw();
  return { rerender: draw, dispose: () => render(null, context.main) };
}

function Submission({ api, token, ready }: { api: SubmissionApi; token: string; ready: () => void }) {
  const [view, setView] = useState<SubmissionView | null>(null);
  const [objectives, setObjectives] = useState<SubmissionObjective[]>([]);
  const [failure, setFailure] = useState<unknown>(token ? null : new ApiError(0, "submission_link.invalid"));

  useEffect(() => {
    if (!token) return;
    Promise.all([api.load(), api.objectives()]).then(([loaded, found]) => {
      setView(loaded);
      setObjectives(found);
    }, setFailure);
  }, [api, token]);

  const title = view ? t("intentions.submissionTitle", { title: view.call.title }) : t("intentions.submissionHeading");
  return (
    <PageShell title={title} failure={failure} loaded={view !== null} ready={ready}>
      {view ? (
        <>
          <p>
            {t("intentions.deadline", { deadline: formatDateTime(view.call.deadline) })} · {t(`intentions.state.${view.state}`)}
          </p>
          {view.state === "ReturnedForCompletion" ? (
            <section class="notice return-note" aria-labelledby="return-note-title">
              <h2 id="return-note-title">{t("intentions.returnedTitle")}</h2>
              <p class="multiline">{view.returnNote ?? t("intentions.returnedBySteering")}</p>
            </section>
          ) : null}
          {view.editable ? (
            <SubmissionForm key={`${view.intentionId}-${view.state}`} view={view} objectives={objectives} api={api} onSaved={setView} />
          ) : (
            <>
              <p class="notice">{view.submittedAt ? t("intentions.readOnly", { at: formatDateTime(view.submittedAt) }) : t(`intentions.state.${view.state}`)}</p>
              <FormSummary form={view.form} groups={view.call.workingGroups} objectives={objectives} />
              <Attachments view={view} api={api} onChanged={setView} editable={false} />
            </>
          )}
        </>
      ) : null}
    </PageShell>
  );
}
