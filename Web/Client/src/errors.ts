import { ApiError } from "./api";
import { has, t } from "./i18n";

/** The error code of an API error, a hub error ("… HubException: forbidden") or anything else. */
export function errorCode(error: unknown): string {
  if (error instanceof ApiError) {
    return error.code;
  }
  if (error instanceof Error) {
    const match = /HubException: ([\w.]+)\s*$/.exec(error.message);
    if (match) {
      return match[1];
    }
    if (/Failed to complete negotiation|Failed to fetch|WebSocket|connection/i.test(error.message)) {
      return "network";
    }
  }
  return "unknown";
}

/** A localized message for an error (texts error.{code}). */
export function errorMessage(error: unknown): string {
  const key = `error.${errorCode(error)}`;
  return has(key) ? t(key) : t("error.unknown");
}
