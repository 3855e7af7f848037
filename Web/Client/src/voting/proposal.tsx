import { useState } from "preact/hooks";
import { useId } from "../ui/uniqueId";
import { t, tn } from "../i18n";
import type { MeetingCommands } from "../meetings/commands";
import { ObjectiveLabel, ObjectivePicker, type Objective } from "../plans/objectiveLinks";
import type { BoardView, ProposalView } from "../types";
import { Field } from "../ui/components";
import { DotStepper, type Dots } from "./dotSteppers";

export interface Area {
  id: string;
  heading: string;
}

export interface ProposalProps {
  p: ProposalView;
  board: BoardView;
  areas: Area[];
  /** The voter's dots while a round runs and the person takes part. */
  dots: Dots | null;
  /** May link it to an objective (its author or a facilitator, taking part). */
  linking: boolean;
  facilitating: boolean;
  objectives: Objective[];
  commands: MeetingCommands;
  nameOf(participantId: string): string;
  run(action: () => Promise<unknown>): Promise<void>;
}

/** One proposal: its text, authors and dots, the voter's stepper in a round, and the facilitator's tools. */
export function Proposal({ p, board, areas, dots, linking, facilitating, objectives, commands, nameOf, run }: ProposalProps) {
  const textId = `proposal-${p.id}`;
  const hiddenTotals = board.totalsHidden && board.roundDots !== null;
  const meta = [
    p.authorIds.map(nameOf).join(", "),
    p.hidden ? t("board.hidden") : "",
    p.mergedFrom.length ? t("board.merged", { count: p.mergedFrom.length }) : "",
    ...(p.onBehalf ?? []).map((m) => t("onBehalf.marker", { for: nameOf(m.forId), by: nameOf(m.byId) })),
    !hiddenTotals && (p.dots || board.roundDots !== null) ? tn("board.dotsOn", p.dots, { voters: p.voters }) : "",
  ];
  return (
    <li class={p.hidden ? "proposal hidden-proposal" : "proposal"} data-proposal={p.id}>
      <p class="proposal-text" id={textId}>
        {p.text ?? t("board.hiddenProposal")}
      </p>
      <p class="comment-meta">{meta.filter(Boolean).join(" · ")}</p>
      <ObjectiveLabel objectives={objectives} proposal={p} />
      {dots && !p.hidden ? (
        <div class="dot-field">
          <span class="hint">{t("board.yourDots")}</span>
          <DotStepper dots={dots} option={p.id} label={p.text ?? ""} showLabel={false} />
        </div>
      ) : null}
      {linking ? <ObjectivePicker objectives={objectives} proposal={p} textId={textId} commands={commands} /> : null}
      {facilitating ? <ProposalActions p={p} board={board} areas={areas} textId={textId} commands={commands} run={run} /> : null}
    </li>
  );
}

/** The facilitator's tools: change the text, move it to another area, merge it into another, remove it. */
function ProposalActions({ p, board, areas, textId, commands, run }: { p: ProposalView; board: BoardView; areas: Area[]; textId: string; commands: MeetingCommands; run: ProposalProps["run"] }) {
  const id = useId();
  // What the facilitator changed is theirs until saved; untouched fields follow the proposal.
  const [text, setText] = useState<string | null>(null);
  const [area, setArea] = useState<string | null>(null);
  const [into, setInto] = useState<string | null>(null);
  const others = board.proposals.filter((o) => o.id !== p.id);
  const areaValue = area ?? p.areaId ?? "";
  const intoValue = into !== null && others.some((o) => o.id === into) ? into : (others[0]?.id ?? "");
  return (
    <details class="proposal-actions">
      <summary aria-describedby={textId}>{t("roster.actions")}</summary>
      <Field id={`${id}-text`} label={t("board.editText")}>
        <textarea id={`${id}-text`} rows={2} maxLength={2000} value={text ?? p.text ?? ""} onInput={(event) => setText(event.currentTarget.value)} />
      </Field>
      <button type="button" onClick={() => void run(async () => { await commands.editProposal(p.id, text ?? p.text ?? ""); setText(null); })}>
        {t("agenda.save")}
      </button>
      <div class="form-row">
        <Field id={`${id}-area`} label={t("board.moveTo")}>
          <select id={`${id}-area`} value={areaValue} onChange={(event) => setArea(event.currentTarget.value)}>
            {[{ id: "", heading: t("board.unplaced") }, ...areas].map((a) => (
              <option key={a.id} value={a.id}>
                {a.heading}
              </option>
            ))}
          </select>
        </Field>
        <button type="button" onClick={() => void run(async () => { await commands.moveProposal(p.id, areaValue || null); setArea(null); })}>
          {t("board.move")}
        </button>
      </div>
      {others.length > 0 ? (
        <div class="form-row">
          <Field id={`${id}-merge`} label={t("board.mergeInto")}>
            <select id={`${id}-merge`} value={intoValue} onChange={(event) => setInto(event.currentTarget.value)}>
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {(o.text ?? t("board.hiddenProposal")).slice(0, 80)}
                </option>
              ))}
            </select>
          </Field>
          <button type="button" onClick={() => void run(() => commands.mergeProposals(intoValue, p.id))}>
            {t("board.merge")}
          </button>
        </div>
      ) : null}
      <button type="button" class="danger" onClick={() => void run(async () => { if (window.confirm(t("board.removeConfirm"))) await commands.removeProposal(p.id); })}>
        {t("agenda.remove")}
      </button>
    </details>
  );
}
