import { get, send } from "../api";
import { fill, h } from "../dom";
import { formatDateTime } from "../format";
import { t } from "../i18n";
import { MEETING_ROLES, type InviteInfo, type InviteLink, type JoinCodeLink, type MeetingDetails } from "../types";
import { copyField } from "./copy";
import { AlertBox, field, onSubmit, options, StatusBox } from "./forms";
import { joinCodeCard } from "./joinCodeCard";
import { roleLabel } from "./labels";

const EXPIRY_HOURS = ["", "1", "24", "168", "720"] as const;

/** The facilitator's invite links: create (shown once), list, revoke; and the public observer link. */
export class InvitePanel {
  readonly el = h("section", { class: "panel invites", "aria-labelledby": "invites-title" });
  private invites: InviteInfo[] | null = null;
  private newLink: InviteLink | null = null;
  /** The public link's code, once the facilitator asked for one (only its hash is kept on the server). */
  private publicCode: JoinCodeLink | null = null;
  private readonly alert = new AlertBox();
  private readonly listAlert = new AlertBox();
  private readonly watchAlert = new AlertBox();
  private readonly status = new StatusBox();
  private details: MeetingDetails;
  private readonly base: string;
  /** What the facilitator chose in the form: kept when a live update re-renders the panel (someone joined). */
  private chosenRole: string = "Participant";
  private chosenExpiry: string = "";

  constructor(details: MeetingDetails) {
    this.details = details;
    this.base = `/api/meetings/${encodeURIComponent(details.id)}`;
    this.render();
    void this.load();
  }

  /** The meeting changed (public watch, phase): re-render only the parts that depend on it. */
  update(details: MeetingDetails): void {
    const changed = details.publicWatchEnabled !== this.details.publicWatchEnabled || details.phase !== this.details.phase;
    this.details = details;
    if (!details.publicWatchEnabled) {
      this.publicCode = null;
    }
    if (changed) {
      this.render();
    }
  }

  render(): void {
    const active = document.activeElement;
    const focusKey = active instanceof HTMLElement && this.el.contains(active) ? active.dataset.focusKey : undefined;
    fill(this.el, 
      h("h2", { id: "invites-title" }, t("invites.title")),
      this.details.phase === "Ended" ? h("p", {}, t("invites.ended")) : this.createForm(),
      this.newLink ? copyField(t("invites.newLink", { role: roleLabel(this.newLink.info.role) }), this.newLink.url, t("invites.newLinkHint")) : null,
      this.newLink?.code && this.newLink.codeUrl
        ? joinCodeCard(t("invites.newCode", { role: roleLabel(this.newLink.info.role) }), this.newLink.code, this.newLink.codeUrl)
        : null,
      this.status.el,
      this.list(),
      this.publicWatch(),
    );
    if (focusKey) {
      this.el.querySelector<HTMLElement>(`[data-focus-key="${focusKey}"]`)?.focus();
    }
  }

  private createForm(): HTMLElement {
    const role = options(h("select", { name: "role" }), MEETING_ROLES, roleLabel, this.chosenRole);
    const expiry = options(h("select", { name: "expiry" }), EXPIRY_HOURS, (v) => t(`invites.expiry.${v || "none"}`), this.chosenExpiry);
    role.addEventListener("change", () => (this.chosenRole = role.value));
    expiry.addEventListener("change", () => (this.chosenExpiry = expiry.value));
    const form = h(
      "form",
      { novalidate: true, class: "inline-form", "aria-label": t("invites.createTitle") },
      this.alert.el,
      field(t("invites.role"), role),
      field(t("invites.expiry"), expiry),
      h("button", { type: "submit", class: "primary", "data-focus-key": "create" }, t("invites.create")),
    );
    onSubmit(form, this.alert, async () => {
      const hours = Number(expiry.value);
      const expiresAt = hours > 0 ? new Date(Date.now() + hours * 3_600_000).toISOString() : null;
      this.newLink = await send<InviteLink>("POST", `${this.base}/invites`, { role: role.value, expiresAt });
      this.invites = [...(this.invites ?? []), this.newLink.info];
      this.render();
      this.el.querySelector<HTMLInputElement>(".copy-input")?.focus();
    });
    return form;
  }

  private list(): HTMLElement {
    const section = h("div", { class: "invite-list" }, h("h3", {}, t("invites.listTitle")), this.listAlert.el);
    if (this.invites === null) {
      section.append(h("p", {}, t("common.loading")));
      return section;
    }
    if (this.invites.length === 0) {
      section.append(h("p", {}, t("invites.none")));
      return section;
    }
    const headers = [t("invites.role"), t("invites.created"), t("invites.expires"), t("invites.revoked"), t("invites.uses"), t("invites.actions")];
    const rows = [...this.invites]
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .map((invite) => {
        const created = formatDateTime(invite.createdAt);
        const revoke =
          invite.revokedAt || this.details.phase === "Ended"
            ? "–"
            : h(
                "button",
                {
                  type: "button",
                  class: "danger",
                  "data-focus-key": `revoke-${invite.inviteId}`,
                  "aria-label": t("invites.revokeLabel", { role: roleLabel(invite.role), created }),
                  onclick: () => void this.revoke(invite),
                },
                t("invites.revoke"),
              );
        return h(
          "tr",
          {},
          h("td", {}, roleLabel(invite.role)),
          h("td", {}, created),
          h("td", {}, invite.expiresAt ? formatDateTime(invite.expiresAt) : t("invites.noExpiry")),
          h("td", {}, invite.revokedAt ? formatDateTime(invite.revokedAt) : t("common.no")),
          h("td", { class: "number" }, String(invite.uses)),
          h("td", {}, revoke),
        );
      });
    section.append(
      h(
        "div",
        { class: "table-wrap" },
        h(
          "table",
          {},
          h("caption", { class: "visually-hidden" }, t("invites.listTitle")),
          h("thead", {}, h("tr", {}, headers.map((c) => h("th", { scope: "col" }, c)))),
          h("tbody", {}, rows),
        ),
      ),
    );
    return section;
  }

  private publicWatch(): HTMLElement {
    const url = `${location.origin}/watch/${this.details.id}`;
    const toggle = h("input", {
      type: "checkbox",
      role: "switch",
      id: "public-watch",
      "data-focus-key": "public-watch",
      checked: this.details.publicWatchEnabled,
      disabled: this.details.phase === "Ended",
    });
    toggle.addEventListener("change", () => void this.setPublicWatch(toggle));
    return h(
      "div",
      { class: "public-watch" },
      h("h3", {}, t("invites.publicTitle")),
      h("p", { class: "hint", id: "public-watch-hint" }, t("invites.publicHint")),
      this.watchAlert.el,
      h(
        "div",
        { class: "switch-row" },
        (toggle.setAttribute("aria-describedby", "public-watch-hint"), toggle),
        h("label", { for: "public-watch" }, t("invites.publicSwitch")),
        h("span", { class: "switch-state" }, this.details.publicWatchEnabled ? t("common.on") : t("common.off")),
      ),
      this.details.publicWatchEnabled ? copyField(t("invites.publicLink"), url) : null,
      this.details.publicWatchEnabled && this.details.phase !== "Ended" ? this.publicCodePart() : null,
    );
  }

  private publicCodePart(): HTMLElement {
    const hint = h("p", { class: "hint", id: "public-code-hint" }, t("invites.publicCodeHint"));
    const button = h(
      "button",
      { type: "button", "data-focus-key": "public-code", "aria-describedby": "public-code-hint", onclick: () => void this.issuePublicCode() },
      this.publicCode ? t("invites.publicCodeNew") : t("invites.publicCode"),
    );
    return h(
      "div",
      { class: "public-code" },
      hint,
      button,
      this.publicCode ? joinCodeCard(t("invites.publicCodeTitle"), this.publicCode.code, this.publicCode.codeUrl) : null,
    );
  }

  private async issuePublicCode(): Promise<void> {
    this.watchAlert.clear();
    try {
      this.publicCode = await send<JoinCodeLink>("POST", `${this.base}/public-code`, {});
    } catch (e) {
      this.watchAlert.error(e);
      return;
    }
    this.render();
  }

  /** Someone joined: the invites' use counts may have changed. */
  refresh(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.invites = await get<InviteInfo[]>(`${this.base}/invites`);
      this.listAlert.clear();
    } catch (e) {
      this.invites = [];
      this.listAlert.error(e);
    }
    this.render();
  }

  private async revoke(invite: InviteInfo): Promise<void> {
    this.listAlert.clear();
    try {
      const revoked = await send<InviteInfo>("POST", `${this.base}/invites/${invite.inviteId}/revoke`);
      this.invites = (this.invites ?? []).map((i) => (i.inviteId === revoked.inviteId ? revoked : i));
      if (this.newLink?.info.inviteId === revoked.inviteId) {
        this.newLink = null;
      }
      this.render();
      this.status.show(t("invites.revokedDone"));
      this.el.querySelector<HTMLElement>(".invite-list h3")?.setAttribute("tabindex", "-1");
      this.el.querySelector<HTMLElement>(".invite-list h3")?.focus();
    } catch (e) {
      this.listAlert.error(e);
    }
  }

  private async setPublicWatch(toggle: HTMLInputElement): Promise<void> {
    this.watchAlert.clear();
    try {
      this.details = await send<MeetingDetails>("PUT", `${this.base}/public-watch`, { enabled: toggle.checked });
      if (!this.details.publicWatchEnabled) {
        this.publicCode = null; // switched off, the code has ended on the server
      }
    } catch (e) {
      toggle.checked = this.details.publicWatchEnabled;
      this.watchAlert.error(e);
      return;
    }
    this.render();
  }
}
