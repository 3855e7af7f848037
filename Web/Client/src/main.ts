import "./styles.css";
import { h } from "./dom";
import { onLanguageChange, preferredLanguage, setLanguage, t } from "./i18n";
import { notFoundPage } from "./pages/notFound";
import { lazy, Router } from "./router";
import { loadSession, onSessionChange } from "./session";
import { Header } from "./ui/header";

async function boot(): Promise<void> {
  const main = document.getElementById("main")!;
  const headerRoot = document.getElementById("site-header")!;
  const skip = document.querySelector<HTMLAnchorElement>(".skip-link");
  const footer = document.getElementById("site-footer");

  // Each page is a chunk of its own, fetched on first visit (docs/architecture.md, "Chunks").
  const meetingPage = lazy(() => import("./pages/meeting").then((m) => m.meetingPage));
  const router = new Router(main, notFoundPage)
    .add("/", lazy(() => import("./pages/home").then((m) => m.homePage)))
    .add("/signin", lazy(() => import("./pages/signin").then((m) => m.signInPage)))
    .add("/accounts", lazy(() => import("./accounts/accountsPage").then((m) => m.accountsPage)))
    .add("/account", lazy(() => import("./accounts/accountPage").then((m) => m.accountPage)))
    .add("/account-link", lazy(() => import("./accounts/accountLinkPage").then((m) => m.accountLinkPage)))
    .add("/groups/:id", lazy(() => import("./pages/group").then((m) => m.groupPage)))
    .add("/documents/:id", lazy(() => import("./pages/document").then((m) => m.documentPage)))
    .add("/plans/:id", lazy(() => import("./plans/planPage").then((m) => m.planPage)))
    .add("/meetings/:id/projector", lazy(() => import("./room/roomPage").then((m) => m.roomPage)))
    .add("/meetings/:id/:area?", meetingPage)
    .add("/join", lazy(() => import("./pages/join").then((m) => m.joinPage)))
    .add("/watch/:id", lazy(() => import("./pages/join").then((m) => m.watchPage)));
  // The page's chunk comes while the texts and the session load, not after them.
  router.prefetch();

  // The texts and the session come at once: on a phone network every round trip in a row costs half a second.
  await Promise.all([
    setLanguage(preferredLanguage()).catch(() => setLanguage("cs").catch(() => undefined)),
    loadSession().catch(() => undefined),
  ]);

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
  // Joining leads to the meeting: its chunks come while the person types their name (not before: the join page's
  // own requests go first).
  if (/^\/(join|watch)\b/.test(location.pathname)) {
    const prefetch = () => void meetingPage.load().catch(() => undefined);
    for (const type of ["input", "keydown", "pointerdown"]) document.addEventListener(type, prefetch, { once: true, capture: true });
  }
}

void boot();
