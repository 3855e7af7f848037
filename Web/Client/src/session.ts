import { ApiError, get, resetAntiforgery, send } from "./api";
import type { OrganizerAccount } from "./types";

// The signed-in organizer, if any (cookie sign-in; participants use tickets instead).

let account: OrganizerAccount | null = null;
const listeners = new Set<() => void>();

export function organizer(): OrganizerAccount | null {
  return account;
}

export function onSessionChange(listener: () => void): void {
  listeners.add(listener);
}

function changed(next: OrganizerAccount | null): void {
  account = next;
  for (const listener of listeners) {
    listener();
  }
}

/** The page says so when this browser is not signed in (Web/Hosting/ClientPage.cs): then there is nothing to ask. */
const SIGNED_OUT = 'meta[name="cp-session"][content="none"]';

export async function loadSession(): Promise<void> {
  if (document.querySelector(SIGNED_OUT)) {
    changed(null);
    return;
  }
  try {
    changed(await get<OrganizerAccount>("/api/auth/me"));
  } catch (e) {
    if (e instanceof ApiError && (e.status === 401 || e.status === 403)) {
      changed(null);
      return;
    }
    throw e;
  }
}

export async function signIn(email: string, password: string): Promise<OrganizerAccount> {
  const signedIn = await send<OrganizerAccount>("POST", "/api/auth/sign-in", { email, password });
  resetAntiforgery();
  changed(signedIn);
  return signedIn;
}

/** A session the server started another way (a one-time account link): the antiforgery token changes with it. */
export function adoptSession(signedIn: OrganizerAccount): void {
  resetAntiforgery();
  changed(signedIn);
}

export async function signOut(): Promise<void> {
  await send<void>("POST", "/api/auth/sign-out");
  resetAntiforgery();
  changed(null);
}
