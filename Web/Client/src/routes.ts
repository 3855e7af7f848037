import { lazy, type LazyPage } from "./router";

// The app's pages by address, first match wins. Each page is a chunk of its own, fetched on first visit
// (docs/architecture.md, "Chunks"). The build reads this table (scripts/routePreloads.ts) so that the server names a
// page's chunks in the page it sends: keep each entry a literal [pattern, lazy(() => import("…"))] pair, or a name
// declared here as one.

/** The meeting page; joining leads to it, so the join page fetches it ahead (src/main.ts). */
export const meetingPage = lazy(() => import("./pages/meeting").then((m) => m.meetingPage));

export const routes: readonly (readonly [string, LazyPage])[] = [
  ["/", lazy(() => import("./pages/home").then((m) => m.homePage))],
  ["/signin", lazy(() => import("./pages/signin").then((m) => m.signInPage))],
  ["/accounts", lazy(() => import("./accounts/accountsPage").then((m) => m.accountsPage))],
  ["/account", lazy(() => import("./accounts/accountPage").then((m) => m.accountPage))],
  ["/account-link", lazy(() => import("./accounts/accountLinkPage").then((m) => m.accountLinkPage))],
  ["/groups/:id", lazy(() => import("./pages/group").then((m) => m.groupPage))],
  ["/documents/:id", lazy(() => import("./pages/document").then((m) => m.documentPage))],
  ["/plans/:id", lazy(() => import("./plans/planPage").then((m) => m.planPage))],
  ["/meetings/:id/projector", lazy(() => import("./room/roomPage").then((m) => m.roomPage))],
  ["/meetings/:id/:area?", meetingPage],
  ["/intention-calls", lazy(() => import("./intentions/callsPage").then((m) => m.callsPage))],
  ["/intention-calls/:id", lazy(() => import("./intentions/callPage").then((m) => m.callPage))],
  ["/intentions/:id", lazy(() => import("./intentions/intentionPage").then((m) => m.intentionPage))],
  ["/register", lazy(() => import("./intentions/registerPage").then((m) => m.registersPage))],
  ["/register/:id", lazy(() => import("./intentions/registerPage").then((m) => m.registerPage))],
  ["/submission", lazy(() => import("./intentions/submissionPage").then((m) => m.submissionPage))],
  ["/date-poll/:id", lazy(() => import("./scheduling/datePollPage").then((m) => m.datePollPage))],
  ["/join", lazy(() => import("./pages/join").then((m) => m.joinPage))],
  ["/watch/:id", lazy(() => import("./pages/join").then((m) => m.watchPage))],
];
