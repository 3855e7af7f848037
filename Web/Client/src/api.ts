// The JSON API: problem documents carry a `code`; state-changing requests carry the antiforgery header.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
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

async function request<T>(method: string, url: string, body?: unknown, token?: string): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (body !== undefined) {
    headers["Content-Type"] = "application/json";
  }
  if (token !== undefined) {
    headers["X-CSRF-TOKEN"] = token;
  }
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin",
    });
  } catch {
    throw new ApiError(0, "network");
  }
  if (!response.ok) {
    throw new ApiError(response.status, await problemCode(response));
  }
  if (response.status === 204) {
    return undefined as T;
  }
  return (await response.json()) as T;
}

async function problemCode(response: Response): Promise<string> {
  try {
    const problem = (await response.json()) as { code?: unknown };
    if (typeof problem.code === "string") {
      return problem.code;
    }
  } catch {
    // not a problem document
  }
  return response.status === 401 ? "unauthenticated" : response.status === 403 ? "forbidden" : response.status === 404 ? "not_found" : "unknown";
}

export function get<T>(url: string): Promise<T> {
  return request<T>("GET", url);
}

/** POST/PUT/DELETE with the antiforgery token; a stale token is fetched anew once. */
export async function send<T>(method: "POST" | "PUT" | "DELETE", url: string, body?: unknown): Promise<T> {
  try {
    return await request<T>(method, url, body ?? {}, await antiforgeryToken());
  } catch (e) {
    if (e instanceof ApiError && e.code === "antiforgery.failed") {
      resetAntiforgery();
      return request<T>(method, url, body ?? {}, await antiforgeryToken());
    }
    throw e;
  }
}
