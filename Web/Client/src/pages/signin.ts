import { h } from "../dom";
import { t } from "../i18n";
import type { Page, PageContext } from "../router";
import { signIn } from "../session";
import { AlertBox, field, onSubmit, requireValue } from "../ui/forms";
import { Frame } from "../ui/frame";

/** "/signin": organizers sign in with e-mail and password. */
export function signInPage(context: PageContext): Page {
  const frame = new Frame(context);
  const alert = new AlertBox();
  const email = h("input", { type: "email", name: "email", autocomplete: "username", required: true, spellcheck: "false" });
  const password = h("input", { type: "password", name: "password", autocomplete: "current-password", required: true });

  const render = () => {
    const form = h(
      "form",
      { class: "panel narrow", novalidate: true, "aria-label": t("signin.title") },
      alert.el,
      field(t("signin.email"), email),
      field(t("signin.password"), password),
      h("button", { type: "submit", class: "primary" }, t("signin.submit")),
    );
    onSubmit(form, alert, async () => {
      requireValue(email, password);
      try {
        await signIn(email.value.trim(), password.value);
      } catch (e) {
        password.value = "";
        throw e;
      }
      context.navigate("/");
    });
    frame.show(t("signin.title"), h("p", {}, t("signin.intro")), form);
    alert.clear();
    frame.ready();
  };

  render();
  return { rerender: render };
}
