import { useEffect, useState } from "preact/hooks";
import { useId } from "../ui/uniqueId";
import { t } from "../i18n";
import type { MeetingCommands } from "../meetings/commands";
import type { PollView, RosterEntry } from "../types";
import { Alert, useAlert } from "../ui/components";
import { DotStepper, DotsLeft, useDots } from "./dotSteppers";
import { optionLabels } from "./optionLabels";

const RECEIPTS = "cp.receipt.";

interface BallotProps {
  poll: PollView;
  voted: boolean;
  commands: MeetingCommands;
  /** The person the ballot is entered for (by the facilitator or an allowed proxy). */
  onBehalfOf?: RosterEntry;
  /** Called once the ballot entered for <code>onBehalfOf</code> is stored. */
  entered?(person: RosterEntry): void;
}

/** Where a secret poll's receipt is kept: only this browser can change that vote. */
const receiptOf = (pollId: string) => {
  try {
    return localStorage.getItem(RECEIPTS + pollId);
  } catch {
    return null;
  }
};

const keepReceipt = (pollId: string, receipt: string) => {
  try {
    localStorage.setItem(RECEIPTS + pollId, receipt);
  } catch {
    // without storage the vote stands; only changing it needs the receipt
  }
};

/**
 * The person's ballot in an open poll: the choices are the component's state, so a half-filled ballot survives
 * every live change of the poll (turnout, results). A vote already cast (a reload, another tab) is shown.
 * With <code>onBehalfOf</code> it is a ballot the facilitator or a proxy enters for that person: final once sent, with
 * no receipt to keep.
 */
export function Ballot({ poll, voted, commands, onBehalfOf, entered }: BallotProps) {
  const d = poll.draft;
  // A score starts at its lowest, as its select shows; other kinds at nothing chosen.
  const [values, setValues] = useState<number[]>(() => d.options.map(() => (d.kind === "Score" ? (d.scoreMin ?? 1) : 0)));
  const alert = useAlert();
  const [saved, setSaved] = useState(false);
  const dots = useDots({ total: d.dots ?? 1, maxEach: d.stackDots ? (d.dots ?? 1) : 1 });
  const dotted = d.kind === "DotVoting";
  const set = (next: number[]) => (dotted ? dots.set(next.map((v, i) => [String(i), v])) : setValues(next));
  useEffect(() => {
    if (voted && !onBehalfOf) void commands.getBallot(poll.id, receiptOf(poll.id)).then((cast) => cast && set(cast), () => undefined);
  }, []);
  const submit = (event: Event) => {
    event.preventDefault();
    const ballot = dotted ? d.options.map((_, i) => dots.values.get(String(i)) ?? 0) : values;
    void alert.run(async () => {
      if (onBehalfOf) {
        await commands.castVote(poll.id, ballot, null, onBehalfOf.participantId);
        entered?.(onBehalfOf);
        return;
      }
      const receipt = await commands.castVote(poll.id, ballot, receiptOf(poll.id));
      if (receipt.receipt) keepReceipt(poll.id, receipt.receipt);
      setSaved(true);
    });
  };
  return (
    <form class="ballot-form" onSubmit={submit}>
      <fieldset class="ballot">
        <legend>{onBehalfOf ? t("poll.onBehalfLegend", { question: d.question, name: onBehalfOf.displayName }) : d.question}</legend>
        {dotted ? (
          <>
            <DotsLeft dots={dots} />
            {optionLabels(poll).map((label, i) => (
              <DotStepper key={i} dots={dots} option={String(i)} label={label} />
            ))}
          </>
        ) : (
          <Choices poll={poll} values={values} change={setValues} />
        )}
      </fieldset>
      <Alert message={alert.message} />
      <button type="submit" class="primary">
        {onBehalfOf ? t("poll.onBehalfVote", { name: onBehalfOf.displayName }) : voted ? t("poll.change") : t("poll.vote")}
      </button>
      {onBehalfOf ? null : (
        <p class="vote-status" role="status">
          {voted || saved ? t("poll.youVoted") : ""}
        </p>
      )}
    </form>
  );
}

/** Radio buttons, check boxes or a select per option, by the poll's kind; one number per option, as the server counts. */
function Choices({ poll, values, change }: { poll: PollView; values: number[]; change(values: number[]): void }) {
  const d = poll.draft;
  const name = useId();
  const labels = optionLabels(poll);
  if (d.kind === "Ranking" || d.kind === "Score") {
    const range =
      d.kind === "Ranking"
        ? [0, ...d.options.map((_, i) => i + 1)]
        : Array.from({ length: (d.scoreMax ?? 5) - (d.scoreMin ?? 1) + 1 }, (_, i) => (d.scoreMin ?? 1) + i);
    return (
      <>
        <p class="hint">{d.kind === "Ranking" ? t("poll.rankHint") : t("poll.scoreHint", { min: d.scoreMin ?? 1, max: d.scoreMax ?? 5 })}</p>
        {labels.map((label, i) => (
          <div key={i} class="choice ranked">
            <label for={`${name}-${i}`}>{label}</label>
            <select
              id={`${name}-${i}`}
              value={String(values[i])}
              onChange={(event) => change(values.map((v, j) => (j === i ? Number(event.currentTarget.value) : v)))}
            >
              {range.map((v) => (
                <option key={v} value={String(v)}>
                  {d.kind === "Ranking" && v === 0 ? t("poll.unranked") : String(v)}
                </option>
              ))}
            </select>
          </div>
        ))}
      </>
    );
  }
  const multiple = d.kind === "MultipleChoice";
  return (
    <>
      {multiple ? <p class="hint">{t("poll.chooseUpTo", { count: d.maxChoices ?? 1 })}</p> : null}
      {labels.map((label, i) => (
        <div key={i} class="choice">
          <input
            type={multiple ? "checkbox" : "radio"}
            name={name}
            value={String(i)}
            id={`${name}-${i}`}
            checked={values[i] === 1}
            onChange={(event) => {
              const on = event.currentTarget.checked;
              change(values.map((v, j) => (j === i ? (on ? 1 : 0) : multiple ? v : 0)));
            }}
          />
          <label for={`${name}-${i}`}>{label}</label>
        </div>
      ))}
    </>
  );
}
