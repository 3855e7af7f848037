import { useState } from "preact/hooks";
import { send } from "../api";
import { t } from "../i18n";
import type { CallGroup, IntentionView, RegionOutcome, SubmissionLinkView } from "../types";
import { Alert, Field, useAlert } from "../ui/components";
import { REGION_OUTCOMES } from "./codeLists";

interface Props {
  view: IntentionView;
  groups: readonly CallGroup[];
  callClosed: boolean;
  onChanged: (view: IntentionView) => void;
  onLink: (link: SubmissionLinkView) => void;
}

/** The coordinator's next steps for the intention's state (the server refuses any other), and its link. */
export function IntentionSteps({ view, groups, callClosed, onChanged, onLink }: Props) {
  const alert = useAlert();
  const [note, setNote] = useState("");
  const [group, setGroup] = useState(view.workingGroupId ?? "");
  const [statement, setStatement] = useState(view.statement?.text ?? "");
  const [statementDate, setStatementDate] = useState(view.statement?.date ?? "");
  const [outcome, setOutcome] = useState<RegionOutcome | "">(view.outcome ?? "");
  const base = `/api/intentions/${view.id}`;
  const act = (method: "POST" | "PUT" | "DELETE", path: string, body?: unknown) =>
    alert.run(async () => onChanged(await send<IntentionView>(method, `${base}${path}`, body)));
  const upload = (file: File | undefined) =>
    file && alert.run(async () => onChanged(await send<IntentionView>("POST", `${base}/statement/attachment?name=${encodeURIComponent(file.name)}`, file)));
  const s = view.state;

  return (
    <section class="panel" aria-labelledby="steps-title">
      <h2 id="steps-title">{t("intentions.steps")}</h2>
      <Alert message={alert.message} />
      {s === "Submitted" ? (
        <div class="intention-actions">
          <button type="button" class="primary" onClick={() => void act("POST", "/complete")}>
            {t("intentions.markComplete")}
          </button>
        </div>
      ) : null}
      {s === "Submitted" || s === "Complete" ? (
        <div class="intention-step">
          <Field id="return-note" label={t("intentions.returnNote")} required>
            <textarea id="return-note" rows={3} value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
          </Field>
          <button type="button" onClick={() => void act("POST", "/return", { note })}>
            {t("intentions.returnForCompletion")}
          </button>
        </div>
      ) : null}
      {s === "Complete" || s === "InWorkingGroup" ? (
        <div class="intention-step form-row">
          <Field id="assign-group" label={t("intentions.assignGroup")} required>
            <select id="assign-group" value={group} onChange={(e) => setGroup((e.target as HTMLSelectElement).value)}>
              <option value="">{t("intentions.choose")}</option>
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          </Field>
          <button type="button" onClick={() => void act("PUT", "/working-group", { workingGroupId: group })}>
            {t("intentions.assign")}
          </button>
        </div>
      ) : null}
      {s === "Complete" || s === "InWorkingGroup" || s === "OpinionGiven" ? (
        <div class="intention-step">
          <Field id="statement-text" label={t("intentions.statement")} required>
            <textarea id="statement-text" rows={3} value={statement} onInput={(e) => setStatement((e.target as HTMLTextAreaElement).value)} />
          </Field>
          <Field id="statement-date" label={t("intentions.statementDate")} required>
            <input id="statement-date" type="date" value={statementDate} onInput={(e) => setStatementDate((e.target as HTMLInputElement).value)} />
          </Field>
          <button type="button" onClick={() => void act("PUT", "/statement", { text: statement, date: statementDate || null })}>
            {t("intentions.recordStatement")}
          </button>
          {view.statement ? (
            <Field id="statement-file" label={t("intentions.statementAttachment")}>
              <input id="statement-file" type="file" accept=".pdf,.docx,.xlsx" onChange={(e) => void upload((e.target as HTMLInputElement).files?.[0])} />
            </Field>
          ) : null}
        </div>
      ) : null}
      {s === "Approved" || s === "RegionDecided" ? (
        <div class="intention-step form-row">
          <Field id="outcome" label={t("intentions.outcomeLabel")} required>
            <select id="outcome" value={outcome} onChange={(e) => setOutcome((e.target as HTMLSelectElement).value as RegionOutcome)}>
              <option value="">{t("intentions.choose")}</option>
              {REGION_OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {t(`intentions.outcome.${o}`)}
                </option>
              ))}
            </select>
          </Field>
          <button type="button" onClick={() => void act("PUT", "/outcome", { outcome })}>
            {t("intentions.recordOutcome")}
          </button>
        </div>
      ) : null}
      {s === "RegionDecided" || s === "Realised" || s === "NotRealised" ? (
        <div class="intention-actions">
          <button type="button" onClick={() => void act("PUT", "/realisation", { realised: true })}>
            {t("intentions.realised")}
          </button>
          <button type="button" onClick={() => void act("PUT", "/realisation", { realised: false })}>
            {t("intentions.notRealised")}
          </button>
        </div>
      ) : null}
      {!callClosed ? (
        <div class="intention-actions">
          <button type="button" onClick={() => void alert.run(async () => onLink(await send<SubmissionLinkView>("POST", `${base}/link`)))}>
            {t("intentions.issueLink")}
          </button>
          {view.linkActive ? (
            <button type="button" class="danger" onClick={() => void act("DELETE", "/link")}>
              {t("intentions.revokeLink")}
            </button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
