// The session and request of the current test: integration tests act as a user without a browser. The
// database is never mocked; only Next's request-bound APIs are replaced (see setup.ts).
export const testRequest: { userId: string | null; headers: Headers; cookies: Map<string, string> } = {
  userId: null,
  headers: new Headers({ "x-forwarded-for": "203.0.113.7", host: "localhost:3000" }),
  cookies: new Map(),
};

export function actAs(userId: string | null): void {
  testRequest.userId = userId;
}

export function resetTestRequest(): void {
  testRequest.userId = null;
  testRequest.headers = new Headers({ "x-forwarded-for": "203.0.113.7", host: "localhost:3000" });
  testRequest.cookies = new Map();
}
