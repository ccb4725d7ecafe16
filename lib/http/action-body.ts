// Limits on server-action request bodies, checked in proxy.ts before Next.js decodes them. Next's own limit
// (experimental.serverActions.bodySizeLimit in next.config.js, the same number) answers a larger body with a bare
// 500, and React's decoder recurses once per level of nesting, so a 20,000-deep array overflowed the stack (500).
// Bodies inside these limits reach the action, whose zod schema says which field is too long and echoes the text.

/** Largest action body: room for a 1 MB CSV after JSON escaping, or a long note, and a clear message past it. */
export const ACTION_BODY_LIMIT_BYTES = 4 * 1024 * 1024;
/** No form of ours nests more than a few levels; 64 leaves ample room and bounds the decoder's recursion. */
export const ACTION_BODY_MAX_NESTING = 64;

export const TOO_LARGE_MESSAGE = "That is more than a form can send (4 MB). Shorten the text or split the file, then try again.";
export const TOO_DEEP_MESSAGE = "That request is nested too deeply to read. Nothing was saved.";

/** How deeply JSON arrays and objects nest in `text`, ignoring brackets inside strings; stops counting past `limit`. */
export function nestingDepth(text: string, limit = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 /* [ */ || c === 123 /* { */) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (c === 93 /* ] */ || c === 125 /* } */) depth--;
  }
  return deepest;
}

/** Reads a body up to `limit` bytes; null when it is larger (the rest is not read). */
export async function readBodyCapped(body: ReadableStream<Uint8Array> | null, limit: number): Promise<string | null> {
  if (!body) return "";
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Not awaited: cancelling one branch of a cloned (tee'd) body settles only once the other branch is cancelled.
      void reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/**
 * Why a server-action request must be refused before Next.js reads it, as [status, sentence], or null. Multipart
 * bodies (forms posted without JavaScript) are size-checked only; their fields are flat.
 */
export async function refuseActionBody(request: Request): Promise<[number, string] | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > ACTION_BODY_LIMIT_BYTES) return [413, TOO_LARGE_MESSAGE];
  const text = await readBodyCapped(request.clone().body, ACTION_BODY_LIMIT_BYTES);
  if (text === null) return [413, TOO_LARGE_MESSAGE];
  if ((request.headers.get("content-type") ?? "").startsWith("multipart/")) return null;
  return nestingDepth(text, ACTION_BODY_MAX_NESTING) > ACTION_BODY_MAX_NESTING ? [400, TOO_DEEP_MESSAGE] : null;
}
