// The JSON API: problem documents carry a `code`; state-changing requests carry the antiforgery header.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    /** The whole problem document, for refusals that say more than their code (a form's problems). */
    readonly problem: Record<string, unknown> = {},
  ) {
    super(code);
    this.name = "ApiError";
  }
}

let csrfToken: Promise<string> | null = null;

/** Forget the antiforgery token; it belongs to the signed-in user, so call this after sign-in and sign-out. */
export function resetAntiforgery(): void {
  csrfToken = null;
}

function antiforgeryToken(): Promise<string> {
  csrfToken ??= request<{ token: string }>("GET", "/api/auth/antiforgery").then(
    (r) => r.token,
    (e: unknown) => {
      csrfToken = null;
      throw e;
    },
  );
  return csrfToken;
}

async function request<T>(method: string, url: string, body?: unknown, token?: string, extra: Record<string, string> = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json", ...extra };
  const raw = body instanceof Blob;
  if (body !== undefined) {
    headers["Content-Type"] = raw ? "application/octet-stream" : "application/json";
  }
  if (token !== undefined) {
    headers["X-CSRF-TOKEN"] = token;
  }
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : raw ? body : JSON.stringify(body),
      credentials: "same-origin",
    });
  } catch {
    throw new ApiError(0, "network");
  }
  if (!response.ok) {
    const problem = await problemOf(response);
    throw new ApiError(response.status, typeof problem.code === "string" ? problem.code : fallbackCode(response.status), problem);
  }
  if (response.status === 204) {
    return undefined as T;
  }
  return (await response.json()) as T;
}

async function problemOf(response: Response): Promise<Record<string, unknown>> {
  try {
    const problem = (await response.json()) as unknown;
    return typeof problem === "object" && problem !== null ? (problem as Record<string, unknown>) : {};
  } catch {
    return {}; // not a problem document
  }
}

function fallbackCode(status: number): string {
  return status === 401 ? "unauthenticated" : status === 403 ? "forbidden" : status === 404 ? "not_found" : "unknown";
}

/** GET, with extra headers if any (a submission link's). */
export function get<T>(url: string, headers?: Record<string, string>): Promise<T> {
  return request<T>("GET", url, undefined, undefined, headers);
}

/**
 * POST/PUT/DELETE with the antiforgery token; a stale token is fetched anew once. A Blob body is sent as it is (a
 * file); extra headers if any.
 */
export async function send<T>(method: "POST" | "PUT" | "DELETE", url: string, body?: unknown, headers?: Record<string, string>): Promise<T> {
  try {
    return await request<T>(method, url, body ?? {}, await antiforgeryToken(), headers);
  } catch (e) {
    if (e instanceof ApiError && e.code === "antiforgery.failed") {
      resetAntiforgery();
      return request<T>(method, url, body ?? {}, await antiforgeryToken(), headers);
    }
    throw e;
  }
}
