import { useRef, useState } from "preact/hooks";
import { useId } from "../ui/uniqueId";
import { t } from "../i18n";
import { MAJORITY_RULES, POLL_KINDS, type MajorityRule, type PollDraft, type PollKind } from "../types";
import { Field } from "../ui/components";

/** What the form holds while the facilitator sets a poll up: text as typed, read when the poll is created. */
const defaults = () => ({
  question: "",
  kind: "YesNoAbstain" as PollKind,
  /** Null: the standard opinions, in the language the form is read in now (until the facilitator types options). */
  options: null as string | null,
  secret: false,
  live: true,
  maxChoices: "2",
  dots: "3",
  stack: false,
  scoreMin: "1",
  scoreMax: "5",
  quorum: "",
  majority: "VotesCast" as MajorityRule,
});
type Fields = ReturnType<typeof defaults>;

function draftOf(f: Fields): PollDraft {
  const k = f.kind;
  return {
    question: f.question,
    kind: k,
    options: (f.options ?? t("poll.defaultOpinion")).split("\n").map((o) => o.trim()).filter((o) => o.length > 0),
    secret: f.secret,
    liveResults: f.live && !f.secret,
    maxChoices: k === "MultipleChoice" ? Number(f.maxChoices) : null,
    dots: k === "DotVoting" ? Number(f.dots) : null,
    stackDots: k === "DotVoting" && f.stack,
    scoreMin: k === "Score" ? Number(f.scoreMin) : null,
    scoreMax: k === "Score" ? Number(f.scoreMax) : null,
    quorum: f.quorum ? Number(f.quorum) : null,
    majority: f.majority,
    // The server sees for itself whether the options are the standard opinions (PollRules).
    standardOptions: false,
  };
}

/** The facilitator's form for a new poll; what is typed is the form's state until the poll is created. */
export function NewPollForm({ create }: { create(draft: PollDraft): Promise<boolean> }) {
  const id = useId();
  const [f, setFields] = useState(defaults);
  const question = useRef<HTMLInputElement>(null);
  const set = <K extends keyof Fields>(name: K, value: Fields[K]) => setFields((old) => ({ ...old, [name]: value }));
  const text = (name: keyof Fields) => (event: Event) => set(name, (event.currentTarget as HTMLInputElement).value);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!(await create(draftOf(f)))) return;
    // Each poll starts from the defaults: a secret ballot or a quorum is chosen for one poll, never carried over.
    setFields(defaults());
    question.current?.focus();
  };
  const number = (name: "maxChoices" | "dots" | "scoreMin" | "scoreMax") => (
    <input id={`${id}-${name}`} type="number" name={name} min={name === "scoreMin" ? -100 : 1} max={100} value={f[name]} onInput={text(name)} />
  );
  const check = (name: "secret" | "live" | "stack", label: string, disabled = false) => (
    <div class="switch-row">
      <input
        type="checkbox"
        name={name}
        id={`${id}-${name}`}
        checked={f[name]}
        disabled={disabled}
        onChange={(event) => {
          const on = event.currentTarget.checked;
          // A secret poll never shows live results.
          setFields((old) => (name === "secret" ? { ...old, secret: on, live: on ? false : old.live } : { ...old, [name]: on }));
        }}
      />
      <label for={`${id}-${name}`}>{label}</label>
    </div>
  );
  return (
    <form class="poll-form" onSubmit={submit}>
      <h3>{t("poll.new")}</h3>
      <Field id={`${id}-question`} label={t("poll.question")} required>
        <input ref={question} id={`${id}-question`} type="text" name="question" required maxLength={500} value={f.question} onInput={text("question")} />
      </Field>
      <Field id={`${id}-kind`} label={t("poll.kindLabel")}>
        <select
          id={`${id}-kind`}
          name="kind"
          value={f.kind}
          onChange={(event) => {
            const kind = event.currentTarget.value as PollKind;
            setFields((old) => ({ ...old, kind, options: kind === "YesNoAbstain" ? null : (old.options ?? t("poll.defaultOpinion")) }));
          }}
        >
          {POLL_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`poll.kind.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${id}-options`} label={t("poll.options")} hint={t("poll.optionsHint")} required>
        <textarea id={`${id}-options`} name="options" rows={4} required value={f.options ?? t("poll.defaultOpinion")} onInput={text("options")} />
      </Field>
      {f.kind === "MultipleChoice" ? (
        <div>
          <Field id={`${id}-maxChoices`} label={t("poll.maxChoices")}>
            {number("maxChoices")}
          </Field>
        </div>
      ) : null}
      {f.kind === "DotVoting" ? (
        <div>
          <Field id={`${id}-dots`} label={t("poll.dots")}>
            {number("dots")}
          </Field>
          {check("stack", t("poll.stackDots"))}
        </div>
      ) : null}
      {f.kind === "Score" ? (
        <div class="form-row">
          <Field id={`${id}-scoreMin`} label={t("poll.scoreMin")}>
            {number("scoreMin")}
          </Field>
          <Field id={`${id}-scoreMax`} label={t("poll.scoreMax")}>
            {number("scoreMax")}
          </Field>
        </div>
      ) : null}
      {f.kind === "YesNoAbstain" || f.kind === "SingleChoice" ? (
        <div>
          <Field id={`${id}-majority`} label={t("poll.majorityLabel")} hint={t("poll.majorityHint")}>
            <select id={`${id}-majority`} name="majority" value={f.majority} onChange={(event) => set("majority", event.currentTarget.value as MajorityRule)}>
              {MAJORITY_RULES.map((r) => (
                <option key={r} value={r}>
                  {t(`poll.majority.${r}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
      ) : null}
      {check("secret", t("poll.secretLabel"))}
      {check("live", t("poll.liveLabel"), f.secret)}
      <Field id={`${id}-quorum`} label={t("poll.quorumLabel")} hint={t("poll.quorumHint")}>
        <input id={`${id}-quorum`} type="number" name="quorum" min={1} max={5000} value={f.quorum} onInput={text("quorum")} />
      </Field>
      <button type="submit">{t("poll.create")}</button>
    </form>
  );
}
