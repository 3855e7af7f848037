import { render } from "preact";
import { useCallback, useEffect, useState } from "preact/hooks";
import { get } from "../api";
import { formatDate, formatDateTime } from "../format";
import { t } from "../i18n";
import type { Page, PageContext } from "../router";
import { organizer } from "../session";
import type { IntentionCallPage, IntentionView, PlanView, RecordedVote, SubmissionLinkView, SubmissionObjective } from "../types";
import { FormSummary } from "./FormSummary";
import { IntentionSteps } from "./IntentionSteps";
import { LinkCopy } from "./LinkCopy";
import { PageShell } from "./PageShell";
import "./intentions.css";

/**
 * "/intentions/{id}": one intention for the coordinator (who runs its steps here) and its group's managers (who read
 * it): the form, the opinion, the statement, the decision, the outcome and the whole trail.
 */
export function intentionPage(context: PageContext): Page {
  const draw = () => render(<Intention id={context.params.id} ready={context.ready} />, context.main);
  draw();
  return { rerender: draw, dispose: () => render(null, context.main) };
}

function Intention({ id, ready }: { id: string; ready: () => void }) {
  const [view, setView] = useState<IntentionView | null>(null);
  const [call, setCall] = useState<IntentionCallPage | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [link, setLink] = useState<SubmissionLinkView | null>(null);
  const [objectives, setObjectives] = useState<SubmissionObjective[]>([]);
  const load = useCallback(async () => {
    const loaded = await get<IntentionView>(`/api/intentions/${encodeURIComponent(id)}`);
    setView(loaded);
    setCall(await get<IntentionCallPage>(`/api/intention-calls/${loaded.callId}`));
    setObjectives(await objectivesOf(loaded));
  }, [id]);
  useEffect(() => void load().catch(setFailure), [load]);

  const admin = organizer()?.isAdministrator === true;
  const groups = call?.call.workingGroups ?? [];
  const title = view ? (view.form.provider.name ?? t("intentions.unnamed")) : t("intentions.intentionTitle");
  return (
    <PageShell title={title} failure={failure} loaded={view !== null && call !== null} ready={ready}>
      {view && call ? (
        <>
          <p>
            <a href={`/intention-calls/${call.call.id}`}>{t("intentions.backToCall", { title: call.call.title })}</a>
          </p>
          <dl class="facts">
            <dt>{t("intentions.column.state")}</dt>
            <dd>
              <span class="badge">{t(`intentions.state.${view.state}`)}</span>
            </dd>
            <dt>{t("intentions.column.group")}</dt>
            <dd>{groups.find((g) => g.id === view.workingGroupId)?.name ?? "—"}</dd>
            <dt>{t("intentions.submittedAt")}</dt>
            <dd>{view.submittedAt ? formatDateTime(view.submittedAt) : "—"}</dd>
            <dt>{t("intentions.column.opinion")}</dt>
            <dd>{view.opinion ? <VoteFacts vote={view.opinion} label={t(`intentions.opinion.${view.opinion.opinion}`)} /> : "—"}</dd>
            <dt>{t("intentions.statement")}</dt>
            <dd>
              {view.statement ? (
                <>
                  <span class="multiline">{view.statement.text}</span> ({formatDate(view.statement.date)})
                  {view.statement.attachment ? (
                    <>
                      {" · "}
                      <a href={`/api/intentions/${view.id}/attachments/${view.statement.attachment.id}`}>{view.statement.attachment.fileName}</a>
                    </>
                  ) : null}
                </>
              ) : (
                "—"
              )}
            </dd>
            <dt>{t("intentions.column.decision")}</dt>
            <dd>{view.decision?.decision ? <VoteFacts vote={view.decision} label={t(`intentions.decision.${view.decision.decision}`)} /> : "—"}</dd>
            <dt>{t("intentions.outcomeLabel")}</dt>
            <dd>{view.outcome ? t(`intentions.outcome.${view.outcome}`) : "—"}</dd>
            {view.returnNote && view.state === "ReturnedForCompletion" ? (
              <>
                <dt>{t("intentions.returnedTitle")}</dt>
                <dd class="multiline">{view.returnNote}</dd>
              </>
            ) : null}
          </dl>

          {admin ? (
            <IntentionSteps
              view={view}
              groups={groups}
              callClosed={call.call.closed}
              onChanged={setView}
              onLink={(l) => {
                setLink(l);
                void load();
              }}
            />
          ) : null}
          {link ? <LinkCopy url={link.url} /> : null}

          <section aria-labelledby="form-title">
            <h2 id="form-title">{t("intentions.formTitle")}</h2>
            <FormSummary form={view.form} groups={groups} objectives={objectives} />
            <h3>{t("intentions.section.attachments")}</h3>
            {view.attachments.length === 0 ? <p>{t("intentions.noAttachments")}</p> : null}
            <ul class="attachment-list">
              {view.attachments.map((a) => (
                <li key={a.id}>
                  <a href={`/api/intentions/${view.id}/attachments/${a.id}`}>{a.fileName}</a>
                </li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="history-title">
            <h2 id="history-title">{t("intentions.history")}</h2>
            <ol class="intention-history">
              {view.history.map((h, i) => (
                <li key={i}>
                  <time dateTime={h.at}>{formatDateTime(h.at)}</time> · {h.kind === "Meeting" ? t("intentions.byMeeting") : h.by} ·{" "}
                  {t(`intentions.action.${h.action}`)} → {t(`intentions.state.${h.state}`)}
                  {h.detail ? <span class="hint multiline"> ({h.detail})</span> : null}
                </li>
              ))}
            </ol>
          </section>
        </>
      ) : null}
    </PageShell>
  );
}

/** A meeting's vote as recorded: its result, the counts, who was recused, whether it was a block decision. */
function VoteFacts({ vote, label }: { vote: RecordedVote; label: string }) {
  const v = vote.vote;
  return (
    <>
      {label}:{" "}
      {t("intentions.voteCounts", { for: v.verdict.for, against: v.verdict.against, abstained: v.verdict.abstained })}
      {v.recused.length > 0 ? ` · ${t("intentions.recused", { names: v.recused.join(", ") })}` : ""}
      {v.intentionIds.length > 1 ? ` · ${t("intentions.blockDecision")}` : ""}
    </>
  );
}

/** The chosen objectives' codes and texts, from their plans (a plan the reader may not open is left out). */
async function objectivesOf(view: IntentionView): Promise<SubmissionObjective[]> {
  const planIds = [...new Set(view.form.objectives.map((o) => o.planId))];
  const plans = await Promise.all(planIds.map((p) => get<PlanView>(`/api/plans/${p}`).catch(() => null)));
  return plans.flatMap((plan) =>
    plan === null
      ? []
      : plan.targetGroups.flatMap((tg) =>
          tg.goals.flatMap((goal) =>
            goal.objectives.map((o) => ({
              workingGroupId: plan.workingGroupId,
              planId: plan.id,
              objectiveId: o.id,
              goalCode: goal.code,
              goalText: goal.text,
              code: o.code,
              text: o.text,
            })),
          ),
        ),
  );
}
