import { signal, type ReadonlySignal, type Signal } from "@preact/signals";
import { render } from "preact";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import { get, send } from "../api";
import { useId } from "./uniqueId";
import { errorMessage } from "../errors";
import { formatDateTime } from "../format";
import { t } from "../i18n";
import { MEETING_ROLES, type InviteInfo, type InviteLink, type JoinCodeLink, type MeetingDetails } from "../types";
import { Alert, Field, Mount, useAlert } from "./components";
import { copyField } from "./copy";
import { joinCodeCard } from "./joinCodeCard";
import { roleLabel } from "./labels";

const EXPIRY_HOURS = ["", "1", "24", "168", "720"] as const;

/**
 * The facilitator's invite links: create (shown once), list, revoke; and the public observer link. The page keeps
 * one and tells it when the meeting changed (`update`) or someone joined (`refresh`: the use counts).
 */
export class InvitePanel {
  readonly el: HTMLElement = document.createElement("section");
  private readonly details: Signal<MeetingDetails>;
  private readonly reloads = signal(0);

  constructor(details: MeetingDetails) {
    this.details = signal(details);
    this.el.className = "panel invites";
    this.el.setAttribute("aria-labelledby", "invites-title");
    render(<Invites details={this.details} reloads={this.reloads} />, this.el);
  }

  update(details: MeetingDetails): void {
    this.details.value = details;
  }

  /** Someone joined: the invites' use counts may have changed. */
  refresh(): void {
    this.reloads.value++;
  }
}

interface InvitesProps {
  /** The meeting; the public-watch switch writes the server's answer back. */
  details: Signal<MeetingDetails>;
  reloads: ReadonlySignal<number>;
}

function Invites({ details: detailsSignal, reloads }: InvitesProps) {
  const details = detailsSignal.value;
  const base = `/api/meetings/${encodeURIComponent(details.id)}`;
  const [invites, setInvites] = useState<InviteInfo[] | null>(null);
  const [newLink, setNewLink] = useState<InviteLink | null>(null);
  const listAlert = useAlert();
  const [status, setStatus] = useState("");
  const listTitle = useRef<HTMLHeadingElement>(null);
  const [revoked, setRevoked] = useState(0);

  const reload = reloads.value;
  useEffect(() => {
    let current = true;
    get<InviteInfo[]>(`${base}/invites`).then(
      (all) => {
        if (!current) return;
        setInvites(all);
        listAlert.show("");
      },
      (e: unknown) => {
        if (!current) return;
        setInvites((known) => known ?? []);
        listAlert.show(errorMessage(e));
      },
    );
    return () => {
      current = false;
    };
  }, [base, reload]);

  // After a revocation the focus goes to the list's title (the button it was on is gone).
  useLayoutEffect(() => {
    if (revoked > 0) listTitle.current?.focus();
  }, [revoked]);

  const created = (link: InviteLink) => {
    setNewLink(link);
    setInvites((known) => [...(known ?? []), link.info]);
  };

  const revoke = (invite: InviteInfo) =>
    listAlert.run(async () => {
      const done = await send<InviteInfo>("POST", `${base}/invites/${invite.inviteId}/revoke`);
      setInvites((known) => (known ?? []).map((i) => (i.inviteId === done.inviteId ? done : i)));
      setNewLink((link) => (link?.info.inviteId === done.inviteId ? null : link));
      setStatus(t("invites.revokedDone"));
      setRevoked((n) => n + 1);
    });

  const ended = details.phase === "Ended";
  return (
    <>
      <h2 id="invites-title">{t("invites.title")}</h2>
      {ended ? <p>{t("invites.ended")}</p> : <CreateForm base={base} created={created} />}
      {newLink ? <NewLink link={newLink} /> : null}
      <div role="status" class="status">
        {status}
      </div>
      <div class="invite-list">
        <h3 tabindex={-1} ref={listTitle}>
          {t("invites.listTitle")}
        </h3>
        <Alert message={listAlert.message} />
        {invites === null ? (
          <p>{t("common.loading")}</p>
        ) : invites.length === 0 ? (
          <p>{t("invites.none")}</p>
        ) : (
          <InviteTable invites={invites} ended={ended} revoke={revoke} />
        )}
      </div>
      <PublicWatch details={details} base={base} changed={(next) => (detailsSignal.value = next)} />
    </>
  );
}

/** The form for a new invite; what the facilitator chose stays while others join and the list changes. */
function CreateForm({ base, created }: { base: string; created(link: InviteLink): void }) {
  const id = useId();
  const [role, setRole] = useState<string>("Participant");
  const [expiry, setExpiry] = useState<string>("");
  const [busy, setBusy] = useState(false);
  const alert = useAlert();
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    await alert.run(async () => {
      const hours = Number(expiry);
      const expiresAt = hours > 0 ? new Date(Date.now() + hours * 3_600_000).toISOString() : null;
      created(await send<InviteLink>("POST", `${base}/invites`, { role, expiresAt }));
    });
    setBusy(false);
  };
  return (
    <form novalidate class="inline-form" aria-label={t("invites.createTitle")} onSubmit={submit}>
      <Alert message={alert.message} />
      <Field id={`${id}-role`} label={t("invites.role")}>
        <select id={`${id}-role`} name="role" value={role} onChange={(e) => setRole(e.currentTarget.value)}>
          {MEETING_ROLES.map((r) => (
            <option key={r} value={r}>
              {roleLabel(r)}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${id}-expiry`} label={t("invites.expiry")}>
        <select id={`${id}-expiry`} name="expiry" value={expiry} onChange={(e) => setExpiry(e.currentTarget.value)}>
          {EXPIRY_HOURS.map((v) => (
            <option key={v} value={v}>
              {t(`invites.expiry.${v || "none"}`)}
            </option>
          ))}
        </select>
      </Field>
      <button type="submit" class="primary" disabled={busy}>
        {t("invites.create")}
      </button>
    </form>
  );
}

/** A new invite's link and code, shown once; the focus goes to the link, to copy it. */
function NewLink({ link }: { link: InviteLink }) {
  const role = roleLabel(link.info.role);
  const copy = useMemo(() => copyField(t("invites.newLink", { role }), link.url, t("invites.newLinkHint")), [link, role]);
  const card = useMemo(
    () => (link.code && link.codeUrl ? joinCodeCard(t("invites.newCode", { role }), link.code, link.codeUrl) : null),
    [link, role],
  );
  useLayoutEffect(() => copy.querySelector<HTMLInputElement>(".copy-input")?.focus(), [copy]);
  return (
    <>
      <Mount el={copy} />
      {card ? <Mount el={card} /> : null}
    </>
  );
}

function InviteTable({ invites, ended, revoke }: { invites: InviteInfo[]; ended: boolean; revoke(invite: InviteInfo): void }) {
  const headers = [t("invites.role"), t("invites.created"), t("invites.expires"), t("invites.revoked"), t("invites.uses"), t("invites.actions")];
  const rows = [...invites].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">{t("invites.listTitle")}</caption>
        <thead>
          <tr>
            {headers.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((invite) => {
            const created = formatDateTime(invite.createdAt);
            return (
              <tr key={invite.inviteId}>
                <td>{invite.guest ? t("invites.guest", { label: invite.guest.label }) : roleLabel(invite.role)}</td>
                <td>{created}</td>
                <td>{invite.expiresAt ? formatDateTime(invite.expiresAt) : t("invites.noExpiry")}</td>
                <td>{invite.revokedAt ? formatDateTime(invite.revokedAt) : t("common.no")}</td>
                <td class="number">{String(invite.uses)}</td>
                <td>
                  {invite.revokedAt || ended ? (
                    "–"
                  ) : (
                    <button
                      type="button"
                      class="danger"
                      aria-label={t("invites.revokeLabel", { role: roleLabel(invite.role), created })}
                      onClick={() => revoke(invite)}
                    >
                      {t("invites.revoke")}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The public observer link: the switch, the link, and a join code for it on demand. */
function PublicWatch({ details, base, changed }: { details: MeetingDetails; base: string; changed(details: MeetingDetails): void }) {
  const alert = useAlert();
  /** The public link's code, once the facilitator asked for one (only its hash is kept on the server). */
  const [code, setCode] = useState<JoinCodeLink | null>(null);
  const enabled = details.publicWatchEnabled;
  // Switched off (here or by another facilitator), the code has ended on the server.
  useEffect(() => {
    if (!enabled) setCode(null);
  }, [enabled]);
  const url = `${location.origin}/watch/${details.id}`;
  const link = useMemo(() => (enabled ? copyField(t("invites.publicLink"), url) : null), [enabled, url]);
  const card = useMemo(() => (code ? joinCodeCard(t("invites.publicCodeTitle"), code.code, code.codeUrl) : null), [code]);
  const toggle = (next: boolean) =>
    alert.run(async () => changed(await send<MeetingDetails>("PUT", `${base}/public-watch`, { enabled: next })));
  const issue = () => alert.run(async () => setCode(await send<JoinCodeLink>("POST", `${base}/public-code`, {})));
  return (
    <div class="public-watch">
      <h3>{t("invites.publicTitle")}</h3>
      <p class="hint" id="public-watch-hint">
        {t("invites.publicHint")}
      </p>
      <Alert message={alert.message} />
      <div class="switch-row">
        <input
          type="checkbox"
          role="switch"
          id="public-watch"
          aria-describedby="public-watch-hint"
          checked={enabled}
          disabled={details.phase === "Ended"}
          onChange={(e) => void toggle(e.currentTarget.checked)}
        />
        <label for="public-watch">{t("invites.publicSwitch")}</label>
        <span class="switch-state">{enabled ? t("common.on") : t("common.off")}</span>
      </div>
      {link ? <Mount el={link} /> : null}
      {enabled && details.phase !== "Ended" ? (
        <div class="public-code">
          <p class="hint" id="public-code-hint">
            {t("invites.publicCodeHint")}
          </p>
          <button type="button" aria-describedby="public-code-hint" onClick={() => void issue()}>
            {code ? t("invites.publicCodeNew") : t("invites.publicCode")}
          </button>
          {card ? <Mount el={card} /> : null}
        </div>
      ) : null}
    </div>
  );
}
