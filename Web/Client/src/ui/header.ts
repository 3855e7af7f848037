import { h } from "../dom";
import { currentLanguage, LANGUAGES, setLanguage, t, type Language } from "../i18n";
import { organizer, signOut } from "../session";
import { AlertBox } from "./forms";

const LANGUAGE_NAMES: Record<Language, string> = { cs: "Česky", en: "English" };

/** The page header: site name, navigation, the signed-in organizer and the language switch. */
export class Header {
  private readonly alert = new AlertBox();

  constructor(
    private readonly root: HTMLElement,
    private readonly navigate: (path: string) => void,
  ) {}

  render(): void {
    const account = organizer();
    const nav = h(
      "nav",
      { "aria-label": t("nav.label") },
      h(
        "ul",
        {},
        h("li", {}, h("a", { href: "/" }, account ? t("nav.groups") : t("nav.home"))),
        account ? h("li", {}, h("a", { href: "/intention-calls" }, t("nav.intentions"))) : null,
        account?.isAdministrator ? h("li", {}, h("a", { href: "/accounts" }, t("nav.accounts"))) : null,
        account
          ? h(
              "li",
              { class: "account" },
              h("a", { href: "/account", class: "who" }, t("nav.signedInAs", { name: account.displayName })),
              h("button", { type: "button", class: "link-button", onclick: () => void this.signOut() }, t("nav.signOut")),
            )
          : h("li", {}, h("a", { href: "/signin" }, t("nav.signIn"))),
      ),
    );
    const languages = h(
      "div",
      { class: "language-switch", role: "group", "aria-label": t("language.label") },
      LANGUAGES.map((lang) =>
        h(
          "button",
          {
            type: "button",
            lang,
            "aria-pressed": String(lang === currentLanguage()),
            onclick: () => void this.switchTo(lang),
          },
          LANGUAGE_NAMES[lang],
        ),
      ),
    );
    this.root.replaceChildren(
      h("div", { class: "header-inner" }, h("a", { href: "/", class: "brand" }, t("app.name")), nav, languages),
      this.alert.el,
    );
  }

  private async switchTo(lang: Language): Promise<void> {
    if (lang === currentLanguage()) {
      return;
    }
    try {
      await setLanguage(lang);
      this.root.querySelector<HTMLButtonElement>(`.language-switch button[lang="${lang}"]`)?.focus();
    } catch (e) {
      this.alert.error(e);
    }
  }

  private async signOut(): Promise<void> {
    try {
      await signOut();
      this.navigate("/");
    } catch (e) {
      this.alert.error(e);
    }
  }
}
