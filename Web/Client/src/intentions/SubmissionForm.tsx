import { useRef, useState } from "preact/hooks";
import { ApiError } from "../api";
import { Alert, useAlert } from "../ui/components";
import { t, tn } from "../i18n";
import type { FormProblem, SubmissionObjective, SubmissionView } from "../types";
import { Attachments } from "./Attachments";
import { CAPACITY_UNITS, CHANGE_KINDS, SERVICE_FORMS, SERVICE_TYPES } from "./codeLists";
import { CodeSelect, Control } from "./FormControls";
import { draftOf, fieldId, formOf, type FormDraft, type TextField } from "./formDraft";
import { fieldLabel, problemMessage } from "./problems";
import type { SubmissionApi } from "./submissionApi";

interface Props {
  view: SubmissionView;
  objectives: readonly SubmissionObjective[];
  api: SubmissionApi;
  onSaved: (view: SubmissionView) => void;
}

/** Required fields (marked with a star); the server decides, this only tells the provider beforehand. */
const OPTIONAL: ReadonlySet<string> = new Set(["change.currentCapacity"]);

/**
 * The provider's form: save a draft at any time, submit when it is whole. A refused submission lists its problems
 * at the top (focused, each a link to its field) and under each field.
 */
export function SubmissionForm({ view, objectives, api, onSaved }: Props) {
  const [draft, setDraft] = useState<FormDraft>(() => draftOf(view.form));
  const [problems, setProblems] = useState<readonly FormProblem[]>([]);
  const [status, setStatus] = useState("");
  const alert = useAlert();
  const summary = useRef<HTMLDivElement>(null);

  // A field's problems go once it is edited: what is left in the summary is what still needs doing.
  const settle = (field: string) => setProblems((found) => found.filter((p) => p.field !== field));
  const set = (field: TextField, value: string) => {
    settle(field);
    setDraft((d) => ({ ...d, values: { ...d.values, [field]: value } }));
  };
  const value = (field: TextField) => draft.values[field];

  const save = (submit: boolean) =>
    alert.run(async () => {
      setStatus("");
      const { form, problems: local } = formOf(draft);
      if (local.length > 0) {
        show(local);
        return;
      }
      try {
        const saved = submit ? await api.submit(form) : await api.saveDraft(form);
        setProblems([]);
        setStatus(submit ? t("intentions.submitted") : t("intentions.draftSaved"));
        onSaved(saved);
      } catch (e) {
        if (e instanceof ApiError && e.code === "intention.incomplete" && Array.isArray(e.problem.problems)) {
          show(e.problem.problems as FormProblem[]);
          return;
        }
        throw e;
      }
    });

  const show = (found: FormProblem[]) => {
    setProblems(found);
    requestAnimationFrame(() => summary.current?.focus());
  };

  const text = (field: TextField, type = "text", extra: Record<string, string> = {}) => (
    <Control field={field} label={t(`intentions.field.${field}`)} problems={problems} required={!OPTIONAL.has(field)} hint={hintOf(field)}>
      {(a) => <input {...a} {...extra} type={type} value={value(field)} onInput={(e) => set(field, (e.target as HTMLInputElement).value)} />}
    </Control>
  );

  const select = <T extends string>(field: TextField, values: readonly T[], list: string) => (
    <Control field={field} label={t(`intentions.field.${field}`)} problems={problems} required>
      {(a) => <CodeSelect attributes={a} values={values} label={(v) => t(`intentions.${list}.${v}`)} value={value(field)} onChange={(v) => set(field, v)} />}
    </Control>
  );

  const groupObjectives = objectives.filter((o) => o.workingGroupId === value("workingGroupId"));
  const chosen = (o: SubmissionObjective) => draft.objectives.some((x) => x.objectiveId === o.objectiveId && x.planId === o.planId);
  const toggle = (o: SubmissionObjective, on: boolean) => {
    settle("objectives");
    setDraft((d) => ({
      ...d,
      objectives: on ? [...d.objectives, { planId: o.planId, objectiveId: o.objectiveId }] : d.objectives.filter((x) => x.objectiveId !== o.objectiveId),
    }));
  };
  const objectivesProblems = problems.filter((p) => p.field === "objectives");

  return (
    <form class="intention-form" novalidate onSubmit={(e) => (e.preventDefault(), void save(true))}>
      <Alert message={alert.message} />
      {problems.length > 0 ? (
        <div class="alert problem-summary" role="alert" tabindex={-1} ref={summary}>
          <h2>{tn("intentions.problems", problems.length)}</h2>
          <ul>
            {problems.map((p) => (
              <li key={`${p.field}-${p.code}`}>
                <a href={`#${fieldId(p.field === "funding.sources" ? "funding.totalCost" : p.field)}`}>
                  {fieldLabel(p.field)}: {problemMessage(p)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p class="hint">{t("intentions.requiredHint")}</p>

      <fieldset>
        <legend>{t("intentions.section.provider")}</legend>
        {text("provider.name", "text", { autocomplete: "organization" })}
        {text("provider.ico", "text", { inputmode: "numeric", maxlength: "12" })}
        {text("provider.address", "text", { autocomplete: "street-address" })}
        {text("provider.statutoryBody")}
        {text("provider.contactPerson", "text", { autocomplete: "name" })}
        {text("provider.email", "email", { autocomplete: "email" })}
        {text("provider.phone", "tel", { autocomplete: "tel" })}
      </fieldset>

      <fieldset>
        <legend>{t("intentions.section.service")}</legend>
        {text("service.name")}
        {text("service.registrationId", "text", { inputmode: "numeric" })}
        {select("service.type", SERVICE_TYPES, "serviceType")}
        {select("service.form", SERVICE_FORMS, "serviceForm")}
        {text("service.targetGroup")}
        {text("service.area")}
      </fieldset>

      <fieldset>
        <legend>{t("intentions.section.change")}</legend>
        {select("change.kind", CHANGE_KINDS, "changeKind")}
        {select("change.unit", CAPACITY_UNITS, "unit")}
        {text("change.currentCapacity", "text", { inputmode: "decimal" })}
        {text("change.requestedCapacity", "text", { inputmode: "decimal" })}
        {text("change.from", "date")}
      </fieldset>

      <fieldset>
        <legend>{t("intentions.section.funding")}</legend>
        {text("funding.totalCost", "text", { inputmode: "numeric" })}
        <Sources draft={draft} setDraft={setDraft} problems={problems} settle={settle} />
      </fieldset>

      <fieldset>
        <legend>{t("intentions.section.need")}</legend>
        <Control field="need" label={t("intentions.field.need")} problems={problems} required hint={t("intentions.hint.need")}>
          {(a) => <textarea {...a} rows={6} value={value("need")} onInput={(e) => set("need", (e.target as HTMLTextAreaElement).value)} />}
        </Control>
        <Control field="workingGroupId" label={t("intentions.field.workingGroupId")} problems={problems} required>
          {(a) => (
            <CodeSelect
              attributes={a}
              values={view.call.workingGroups.map((g) => g.id)}
              label={(id) => view.call.workingGroups.find((g) => g.id === id)?.name ?? id}
              value={value("workingGroupId")}
              onChange={(v) => set("workingGroupId", v)}
            />
          )}
        </Control>
        <fieldset
          id={fieldId("objectives")}
          tabindex={-1}
          aria-describedby={objectivesProblems.length > 0 ? `${fieldId("objectives")}-error` : undefined}
          class="objective-choices"
        >
          <legend>
            {t("intentions.field.objectives")}
            <span class="required" aria-hidden="true">
              {" "}
              *
            </span>
          </legend>
          {groupObjectives.length === 0 ? <p class="hint">{t(value("workingGroupId") ? "intentions.noObjectives" : "intentions.chooseGroupFirst")}</p> : null}
          {groupObjectives.map((o) => (
            <label key={o.objectiveId} class="check">
              <input type="checkbox" checked={chosen(o)} onChange={(e) => toggle(o, (e.target as HTMLInputElement).checked)} />
              <span>
                {o.code} {o.text} <span class="hint">({o.goalCode} {o.goalText})</span>
              </span>
            </label>
          ))}
          {objectivesProblems.length > 0 ? (
            <p class="field-error" id={`${fieldId("objectives")}-error`}>
              {objectivesProblems.map(problemMessage).join(" ")}
            </p>
          ) : null}
        </fieldset>
      </fieldset>

      <Attachments view={view} api={api} onChanged={onSaved} editable />

      <p class="status" role="status">
        {status}
      </p>
      <div class="form-actions">
        <button type="button" onClick={() => void save(false)}>
          {t("intentions.saveDraft")}
        </button>
        <button type="submit" class="primary">
          {view.state === "ReturnedForCompletion" ? t("intentions.resubmit") : t("intentions.submit")}
        </button>
      </div>
    </form>
  );
}

function hintOf(field: TextField): string | undefined {
  const hints: Partial<Record<TextField, string>> = {
    "provider.ico": "intentions.hint.ico",
    "service.area": "intentions.hint.area",
    "change.currentCapacity": "intentions.hint.currentCapacity",
    "funding.totalCost": "intentions.hint.czk",
  };
  return hints[field] ? t(hints[field]) : undefined;
}

/** The funding sources: a source and its amount per row, rows added and removed. */
function Sources(props: { draft: FormDraft; setDraft: (f: (d: FormDraft) => FormDraft) => void; problems: readonly FormProblem[]; settle: (field: string) => void }) {
  const { draft, setDraft, problems, settle } = props;
  const update = (i: number, key: "source" | "amount", value: string) => {
    settle(`funding.sources.${i}.${key}`);
    settle("funding.sources");
    setDraft((d) => ({ ...d, sources: d.sources.map((s, j) => (j === i ? { ...s, [key]: value } : s)) }));
  };
  const own = problems.filter((p) => p.field === "funding.sources");
  return (
    <div class="funding-sources" id={fieldId("funding.sources")}>
      <h3>{t("intentions.field.funding.sources")}</h3>
      {own.length > 0 ? <p class="field-error">{own.map(problemMessage).join(" ")}</p> : null}
      {draft.sources.map((s, i) => (
        <div class="form-row source-row" key={i}>
          <Control field={`funding.sources.${i}.source`} label={t("intentions.field.funding.sources.source", { number: i + 1 })} problems={problems} required>
            {(a) => <input {...a} type="text" value={s.source} onInput={(e) => update(i, "source", (e.target as HTMLInputElement).value)} />}
          </Control>
          <Control field={`funding.sources.${i}.amount`} label={t("intentions.field.funding.sources.amount", { number: i + 1 })} problems={problems} required>
            {(a) => <input {...a} type="text" inputmode="numeric" value={s.amount} onInput={(e) => update(i, "amount", (e.target as HTMLInputElement).value)} />}
          </Control>
          <button type="button" class="link-button" onClick={() => setDraft((d) => ({ ...d, sources: d.sources.filter((_, j) => j !== i) }))}>
            {t("intentions.removeSource", { number: i + 1 })}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => setDraft((d) => ({ ...d, sources: [...d.sources, { source: "", amount: "" }] }))}>
        {t("intentions.addSource")}
      </button>
    </div>
  );
}
