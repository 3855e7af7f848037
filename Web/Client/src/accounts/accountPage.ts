import { send } from "../api";
import { h } from "../dom";
import { t } from "../i18n";
import type { Page, PageContext } from "../router";
import { organizer } from "../session";
import { AlertBox, field, onSubmit, requireValue, StatusBox } from "../ui/forms";
import { Frame } from "../ui/frame";

const MIN_PASSWORD = 10;

/** "/account": the signed-in organizer changes their password; their other sessions end. */
export function accountPage(context: PageContext): Page {
  const frame = new Frame(context);
  const alert = new AlertBox();
  const status = new StatusBox();
  const current = h("input", { type: "password", name: "currentPassword", autocomplete: "current-password", required: true });
  const next = h("input", { type: "password", name: "newPassword", autocomplete: "new-password", required: true, minlength: MIN_PASSWORD });

  const render = () => {
    const me = organizer();
    if (!me) {
      context.navigate("/signin", { replace: true });
      return;
    }
    const form = h(
      "form",
      { class: "panel narrow", novalidate: true, "aria-labelledby": "change-password" },
      h("h2", { id: "change-password" }, t("account.changePassword")),
      alert.el,
      status.el,
      field(t("account.currentPassword"), current),
      field(t("account.newPassword"), next, t("account.passwordHint", { min: MIN_PASSWORD })),
      h("button", { type: "submit", class: "primary" }, t("account.save")),
    );
    onSubmit(form, alert, async () => {
      requireValue(current, next);
      status.clear();
      try {
        await send<void>("POST", "/api/auth/password", { currentPassword: current.value, newPassword: next.value });
      } finally {
        current.value = "";
      }
      next.value = "";
      status.show(t("account.changed"));
    });
    frame.show(
      t("account.title"),
      h("dl", { class: "facts" }, h("dt", {}, t("accounts.name")), h("dd", {}, me.displayName), h("dt", {}, t("accounts.email")), h("dd", {}, me.email)),
      form,
    );
    frame.ready();
  };

  render();
  return { rerender: render };
}
