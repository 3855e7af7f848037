import { render } from "preact";
import { useCallback, useEffect, useState } from "preact/hooks";
import { get, send } from "../api";
import { formatDateTime } from "../format";
import { t, tn } from "../i18n";
import type { Page, PageContext } from "../router";
import { organizer } from "../session";
import type { IntentionCallPage, IntentionCallView, IntentionSummary, SubmissionLinkView } from "../types";
import { Alert, useAlert } from "../ui/components";
import { LinkCopy } from "./LinkCopy";
import { PageShell } from "./PageShell";
import "./intentions.css";

/**
 * "/intention-calls/{id}": a call with its intentions and where each stands. The coordinator adds intentions (each
 * with the provider's link, shown once) and closes the call; a group's managers see what was submitted to their group.
 */
export function callPage(context: PageContext): Page {
  const draw = () => render(<Call id={context.params.id} ready={context.ready} />, context.main);
  draw();
  return { rerender: draw, dispose: () => render(null, context.main) };
}

function Call({ id, ready }: { id: string; ready: () => void }) {
  const [page, setPage] = useState<IntentionCallPage | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [link, setLink] = useState<SubmissionLinkView | null>(null);
  const alert = useAlert();
  const admin = organizer()?.isAdministrator === true;
  const load = useCallback(() => get<IntentionCallPage>(`/api/intention-calls/${encodeURIComponent(id)}`).then(setPage, setFailure), [id]);
  useEffect(() => void load(), [load]);

  const call = page?.call;
  const add = () =>
    alert.run(async () => {
      setLink(await send<SubmissionLinkView>("POST", `/api/intention-calls/${call!.id}/intentions`));
      await load();
    });
  const close = () =>
    window.confirm(t("intentions.closeConfirm")) &&
    void alert.run(async () => {
      await send<IntentionCallView>("POST", `/api/intention-calls/${call!.id}/close`);
      await load();
    });

  return (
    <PageShell title={call?.title ?? t("intentions.callsTitle")} failure={failure} loaded={page !== null} ready={ready}>
      {call && page ? (
        <>
          <p>
            <a href="/intention-calls">{t("intentions.backToCalls")}</a> · <a href={`/register/${call.id}`}>{t("intentions.register.link")}</a>
          </p>
          <dl class="facts">
            <dt>{t("intentions.callDeadline")}</dt>
            <dd>{formatDateTime(call.deadline)}</dd>
            <dt>{t("intentions.callGroups")}</dt>
            <dd>{call.workingGroups.map((g) => g.name).join(", ")}</dd>
            <dt>{t("intentions.callState")}</dt>
            <dd>{call.closed ? t("intentions.callClosed") : t("intentions.callOpen")}</dd>
          </dl>
          <Alert message={alert.message} />
          {admin && !call.closed ? (
            <div class="intention-actions">
              <button type="button" class="primary" onClick={() => void add()}>
                {t("intentions.addIntention")}
              </button>
              <button type="button" class="danger" onClick={close}>
                {t("intentions.closeCall")}
              </button>
            </div>
          ) : null}
          {link ? <LinkCopy url={link.url} /> : null}
          <h2>{tn("intentions.count", page.intentions.length)}</h2>
          <IntentionTable intentions={page.intentions} call={call} />
        </>
      ) : null}
    </PageShell>
  );
}

function IntentionTable({ intentions, call }: { intentions: readonly IntentionSummary[]; call: IntentionCallView }) {
  if (intentions.length === 0) return <p>{t("intentions.noIntentions")}</p>;
  const group = (id: string | null) => call.workingGroups.find((g) => g.id === id)?.name ?? "—";
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t("intentions.column.provider")}</th>
            <th scope="col">{t("intentions.column.service")}</th>
            <th scope="col">{t("intentions.column.group")}</th>
            <th scope="col">{t("intentions.column.state")}</th>
            <th scope="col">{t("intentions.column.opinion")}</th>
            <th scope="col">{t("intentions.column.decision")}</th>
          </tr>
        </thead>
        <tbody>
          {intentions.map((i) => (
            <tr key={i.id}>
              <td>
                <a href={`/intentions/${i.id}`}>{i.providerName ?? t("intentions.unnamed")}</a>
              </td>
              <td>
                {i.serviceName ?? "—"}
                {i.serviceType ? <span class="hint"> ({t(`intentions.serviceType.${i.serviceType}`)})</span> : null}
              </td>
              <td>{group(i.workingGroupId)}</td>
              <td>
                <span class="badge">{t(`intentions.state.${i.state}`)}</span>
              </td>
              <td>{i.opinion ? t(`intentions.opinion.${i.opinion}`) : "—"}</td>
              <td>
                {i.decision ? t(`intentions.decision.${i.decision}`) : "—"}
                {i.outcome ? ` · ${t(`intentions.outcome.${i.outcome}`)}` : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
