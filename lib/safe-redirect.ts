/** Stands in for the app's origin when the caller does not know it: only its sameness matters. */
const PLACEHOLDER_ORIGIN = "http://app.invalid";

/**
 * Where to go after sign-in, as a path inside this app, or `fallback`. The value is resolved the way a browser
 * would resolve it (tabs and newlines dropped, backslashes as slashes, U+3002 as a dot in host names) and must
 * land on the app's own origin: a check on the raw string let "/\t/evil.test" through, which a browser reads as
 * "//evil.test". The result is the normalised, percent-encoded path, never a protocol-relative "//host".
 */
export function safeCallbackPath(value: string | null | undefined, fallback = "/", appOrigin: string = PLACEHOLDER_ORIGIN): string {
  if (!value) return fallback;
  let origin: string;
  let url: URL;
  try {
    origin = new URL(appOrigin).origin;
    url = new URL(value, origin);
  } catch {
    return fallback;
  }
  if (url.origin !== origin) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/..//evil" normalises to the path "//evil", which a browser would read as another host.
  return path.startsWith("//") ? fallback : path;
}
