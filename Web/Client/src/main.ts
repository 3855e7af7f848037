import "./styles.css";
import { accountLinkPage } from "./accounts/accountLinkPage";
import { accountPage } from "./accounts/accountPage";
import { accountsPage } from "./accounts/accountsPage";
import { h } from "./dom";
import { onLanguageChange, preferredLanguage, setLanguage, t } from "./i18n";
import { documentPage } from "./pages/document";
import { groupPage } from "./pages/group";
import { homePage } from "./pages/home";
import { joinPage, watchPage } from "./pages/join";
import { meetingPage } from "./pages/meeting";
import { notFoundPage } from "./pages/notFound";
import { planPage } from "./plans/planPage";
import { roomPage } from "./room/roomPage";
import { signInPage } from "./pages/signin";
import { Router } from "./router";
import { loadSession, onSessionChange } from "./session";
import { Header } from "./ui/header";

async function boot(): Promise<void> {
  const main = document.getElementById("main")!;
  const headerRoot = document.getElementById("site-header")!;
  const skip = document.querySelector<HTMLAnchorElement>(".skip-link");
  const footer = document.getElementById("site-footer");

  try {
    await setLanguage(preferredLanguage());
  } catch {
    await setLanguage("cs").catch(() => undefined);
  }
  await loadSession().catch(() => undefined);

  const router = new Router(main, notFoundPage)
    .add("/", homePage)
    .add("/signin", signInPage)
    .add("/accounts", accountsPage)
    .add("/account", accountPage)
    .add("/account-link", accountLinkPage)
    .add("/groups/:id", groupPage)
    .add("/documents/:id", documentPage)
    .add("/plans/:id", planPage)
    .add("/meetings/:id", meetingPage)
    .add("/meetings/:id/projector", roomPage)
    .add("/join", joinPage)
    .add("/watch/:id", watchPage);
  const header = new Header(headerRoot, (path) => router.navigate(path));

  const renderChrome = () => {
    if (skip) {
      skip.textContent = t("nav.skip");
    }
    footer?.replaceChildren(h("p", {}, t("footer.text")));
    header.render();
  };

  renderChrome();
  onLanguageChange(() => {
    renderChrome();
    router.relocalize();
  });
  onSessionChange(() => header.render());
  router.start();
}

void boot();
