import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { get, send } from "../api";
import { formatDateTime, toLocalDateTime } from "../format";
import { t } from "../i18n";
import type { Page, PageContext } from "../router";
import { organizer } from "../session";
import type { IntentionCallView, MeetingDetails, WorkingGroupSummary, WorkingGroupView } from "../types";
import { Alert, Field, useAlert } from "../ui/components";
import { PageShell } from "./PageShell";
import "./intentions.css";

/** "/intention-calls": the calls for development intentions; the coordinator (an administrator) opens new ones. */
export function callsPage(context: PageContext): Page {
  const draw = () => render(<Calls navigate={context.navigate} ready={context.ready} />, context.main);
  draw();
  return { rerender: draw, dispose: () => render(null, context.main) };
}

function Calls({ navigate, ready }: { navigate: (path: string) => void; ready: () => void }) {
  const [calls, setCalls] = useState<IntentionCallView[] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    get<IntentionCallView[]>("/api/intention-calls").then(setCalls, setFailure);
  }, []);
  return (
    <PageShell title={t("intentions.callsTitle")} failure={failure} loaded={calls !== null} ready={ready}>
      {calls && calls.length === 0 ? <p>{t("intentions.noCalls")}</p> : null}
      {calls && calls.length > 0 ? (
        <ul class="cards">
          {calls.map((c) => (
            <li key={c.id} class="card">
              <a class="card-title" href={`/intention-calls/${c.id}`}>
                {c.title}
              </a>
              <p>
                {t("intentions.deadline", { deadline: formatDateTime(c.deadline) })} · {c.closed ? t("intentions.callClosed") : t("intentions.callOpen")}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      {organizer()?.isAdministrator ? <OpenCall onOpened={(call) => navigate(`/intention-calls/${call.id}`)} /> : null}
    </PageShell>
  );
}

/** The coordinator's form for a new call: year, title, deadline (Prague time), the groups and the steering meeting. */
function OpenCall({ onOpened }: { onOpened: (call: IntentionCallView) => void }) {
  const alert = useAlert();
  const [groups, setGroups] = useState<WorkingGroupSummary[]>([]);
  const [meetings, setMeetings] = useState<{ group: string; meeting: MeetingDetails }[]>([]);
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [title, setTitle] = useState("");
  const [deadline, setDeadline] = useState("");
  const [chosen, setChosen] = useState<string[]>([]);
  const [steering, setSteering] = useState("");

  useEffect(() => {
    get<WorkingGroupSummary[]>("/api/working-groups").then(async (found) => {
      setGroups(found);
      const views = await Promise.all(found.map((g) => get<WorkingGroupView>(`/api/working-groups/${g.id}`)));
      setMeetings(views.flatMap((v) => v.meetings.map((m) => ({ group: v.group.name, meeting: m }))));
    }, alert.show);
  }, []);

  const submit = (e: Event) => {
    e.preventDefault();
    void alert.run(async () =>
      onOpened(
        await send<IntentionCallView>("POST", "/api/intention-calls", {
          year: Number(year),
          title,
          deadlineLocal: toLocalDateTime(deadline),
          workingGroupIds: chosen,
          steeringMeetingId: steering || null,
        }),
      ),
    );
  };

  return (
    <section class="panel" aria-labelledby="open-call">
      <h2 id="open-call">{t("intentions.openCall")}</h2>
      <form novalidate onSubmit={submit}>
        <Alert message={alert.message} />
        <div class="form-row">
          <Field id="call-year" label={t("intentions.callYear")} required>
            <input id="call-year" type="text" inputmode="numeric" value={year} onInput={(e) => setYear((e.target as HTMLInputElement).value)} />
          </Field>
          <Field id="call-deadline" label={t("intentions.callDeadline")} required hint={t("intentions.hint.pragueTime")}>
            <input id="call-deadline" type="datetime-local" value={deadline} onInput={(e) => setDeadline((e.target as HTMLInputElement).value)} />
          </Field>
        </div>
        <Field id="call-title" label={t("intentions.callTitle")} required>
          <input id="call-title" type="text" value={title} onInput={(e) => setTitle((e.target as HTMLInputElement).value)} />
        </Field>
        <fieldset>
          <legend>{t("intentions.callGroups")}</legend>
          {groups.map((g) => (
            <label key={g.id} class="check">
              <input
                type="checkbox"
                checked={chosen.includes(g.id)}
                onChange={(e) => setChosen((c) => ((e.target as HTMLInputElement).checked ? [...c, g.id] : c.filter((x) => x !== g.id)))}
              />
              <span>{g.name}</span>
            </label>
          ))}
        </fieldset>
        <Field id="call-steering" label={t("intentions.callSteering")} required>
          <select id="call-steering" value={steering} onChange={(e) => setSteering((e.target as HTMLSelectElement).value)}>
            <option value="">{t("intentions.choose")}</option>
            {meetings.map(({ group, meeting }) => (
              <option key={meeting.id} value={meeting.id}>
                {group}: {meeting.title} ({formatDateTime(meeting.startsAt)})
              </option>
            ))}
          </select>
        </Field>
        <button type="submit" class="primary">
          {t("intentions.openCallSubmit")}
        </button>
      </form>
    </section>
  );
}
