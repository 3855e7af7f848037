import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { get } from "../api";
import { formatDate, formatDateTime, formatNumber } from "../format";
import { currentLanguage, t } from "../i18n";
import type { Page, PageContext } from "../router";
import type { IntentionCallView, IntentionState, PublicIntention, PublicRegister, SocialServiceType } from "../types";
import { INTENTION_STATES, SERVICE_TYPES } from "./codeLists";
import { PageShell } from "./PageShell";
import { RegisterVote } from "./RegisterVote";
import "./intentions.css";

/** "/register": the calls whose registers anyone may read. */
export function registersPage(context: PageContext): Page {
  const draw = () => render(<Registers ready={context.ready} />, context.main);
  draw();
  return { rerender: draw, dispose: () => render(null, context.main) };
}

/** "/register/{id}": a call's public register, filtered by group, state and service type, with its exports. */
export function registerPage(context: PageContext): Page {
  const draw = () => render(<Register id={context.params.id} ready={context.ready} />, context.main);
  draw();
  return { rerender: draw, dispose: () => render(null, context.main) };
}

function Registers({ ready }: { ready: () => void }) {
  const [calls, setCalls] = useState<IntentionCallView[] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => void get<IntentionCallView[]>("/api/register").then(setCalls, setFailure), []);
  return (
    <PageShell title={t("intentions.register.calls")} failure={failure} loaded={calls !== null} ready={ready}>
      {calls?.length === 0 ? <p>{t("intentions.noCalls")}</p> : null}
      <ul>
        {calls?.map((c) => (
          <li key={c.id}>
            <a href={`/register/${c.id}`}>{c.title}</a> ({t("intentions.deadline", { deadline: formatDateTime(c.deadline) })})
          </li>
        ))}
      </ul>
    </PageShell>
  );
}

function Register({ id, ready }: { id: string; ready: () => void }) {
  const [register, setRegister] = useState<PublicRegister | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [group, setGroup] = useState("");
  const [state, setState] = useState<IntentionState | "">("");
  const [type, setType] = useState<SocialServiceType | "">("");
  const query = new URLSearchParams(Object.entries({ group, state, type }).filter(([, v]) => v !== "")).toString();
  useEffect(() => void get<PublicRegister>(`/api/register/${encodeURIComponent(id)}${query ? `?${query}` : ""}`).then(setRegister, setFailure), [id, query]);

  const call = register?.call;
  const exportQuery = `?${new URLSearchParams({ ...Object.fromEntries(new URLSearchParams(query)), lang: currentLanguage() }).toString()}`;
  return (
    <PageShell title={call ? t("intentions.register.title", { title: call.title }) : t("intentions.register.link")} failure={failure} loaded={register !== null} ready={ready}>
      {register && call ? (
        <>
          <p>{t("intentions.deadline", { deadline: formatDateTime(call.deadline) })}</p>
          <form class="form-row register-filters" aria-label={t("intentions.register.filters")} onSubmit={(e) => e.preventDefault()}>
            <Select id="filter-group" label={t("intentions.column.group")} value={group} onChange={setGroup} options={call.workingGroups.map((g) => [g.id, g.name])} />
            <Select
              id="filter-state"
              label={t("intentions.column.state")}
              value={state}
              onChange={(v) => setState(v as IntentionState | "")}
              options={INTENTION_STATES.filter((s) => s !== "Draft").map((s) => [s, t(`intentions.state.${s}`)])}
            />
            <Select
              id="filter-type"
              label={t("intentions.field.service.type")}
              value={type}
              onChange={(v) => setType(v as SocialServiceType | "")}
              options={SERVICE_TYPES.map((s) => [s, t(`intentions.serviceType.${s}`)])}
            />
          </form>
          <p class="intention-actions">
            <a class="button" href={`/api/register/${call.id}.csv${exportQuery}`} download>
              {t("intentions.register.csv")}
            </a>
            <a class="button" href={`/api/register/${call.id}.docx${exportQuery}`} download>
              {t("intentions.register.docx")}
            </a>
          </p>
          {register.intentions.length === 0 ? <p role="status">{t("intentions.register.none")}</p> : <Entries register={register} />}
        </>
      ) : null}
    </PageShell>
  );
}

function Select(props: { id: string; label: string; value: string; onChange: (v: string) => void; options: [string, string][] }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange((e.target as HTMLSelectElement).value)}>
        <option value="">{t("intentions.register.all")}</option>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

function Entries({ register }: { register: PublicRegister }) {
  const group = (id: string | null) => register.call.workingGroups.find((g) => g.id === id)?.name ?? "—";
  const objectives = (i: PublicIntention) =>
    i.objectives.map((o) => register.objectives.find((x) => x.objectiveId === o.objectiveId)).filter((o) => o !== undefined).map((o) => `${o.code} ${o.text}`);
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t("intentions.column.provider")}</th>
            <th scope="col">{t("intentions.column.service")}</th>
            <th scope="col">{t("intentions.field.change.kind")}</th>
            <th scope="col">{t("intentions.column.opinion")}</th>
            <th scope="col">{t("intentions.statement")}</th>
            <th scope="col">{t("intentions.column.decision")}</th>
            <th scope="col">{t("intentions.column.state")}</th>
          </tr>
        </thead>
        <tbody>
          {register.intentions.map((i) => (
            <tr key={i.id}>
              <th scope="row">
                {i.providerName} <span class="hint">IČO {i.providerIco}</span>
              </th>
              <td>
                {i.serviceName}
                {i.serviceType ? <span class="hint"> ({t(`intentions.serviceType.${i.serviceType}`)})</span> : null}
                <div class="hint">{group(i.workingGroupId)}</div>
                {objectives(i).map((o) => (
                  <div key={o} class="hint">
                    {o}
                  </div>
                ))}
              </td>
              <td>
                {i.changeKind ? t(`intentions.changeKind.${i.changeKind}`) : "—"}: {i.currentCapacity === null ? "—" : formatNumber(i.currentCapacity, 2)} →{" "}
                {i.requestedCapacity === null ? "—" : formatNumber(i.requestedCapacity, 2)} {i.unit ? t(`intentions.unit.${i.unit}`) : ""}
                {i.totalCost !== null ? <div class="hint">{formatNumber(i.totalCost)} Kč</div> : null}
              </td>
              <td>
                <RegisterVote vote={i.opinion} result={i.opinion ? t(`intentions.opinion.${i.opinion.opinion}`) : ""} inconclusive={i.inconclusiveOpinion} />
              </td>
              <td>
                {i.statement ?? "—"}
                {i.statementDate ? <div class="hint">{formatDate(i.statementDate)}</div> : null}
              </td>
              <td>
                <RegisterVote vote={i.decision} result={i.decision?.decision ? t(`intentions.decision.${i.decision.decision}`) : ""} inconclusive={i.inconclusiveDecision} />
                {i.outcome ? <div>{t(`intentions.outcome.${i.outcome}`)}</div> : null}
              </td>
              <td>
                <span class="badge">{t(`intentions.state.${i.state}`)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
