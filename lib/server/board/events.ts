import "server-only";
import { EventEmitter } from "node:events";
import pg from "pg";
import type { Tx } from "@/lib/db/client";
import { databaseUrl } from "@/lib/env";
import { logger } from "@/lib/log";

export const BOARD_CHANNEL = "board_events";
export type BoardEvent = { cohortId: string; type: "post" | "reaction" | "comment" | "moderation"; postId: string };

/**
 * Publishes inside the caller's transaction: PostgreSQL delivers NOTIFY at commit, so listeners never hear of a
 * change that rolled back, and every app instance listening on the channel hears it.
 */
export async function publishBoardEvent(tx: Tx, event: BoardEvent): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${BOARD_CHANNEL}, ${JSON.stringify(event)})`;
}

/**
 * The same notification as publishBoardEvent, as the channel and payload for a `RETURNING pg_notify($n, $m)` of the
 * statement that makes the change: one round trip instead of two inside a transaction that holds a row lock.
 */
export function boardEventNotifyArgs(event: BoardEvent): [channel: string, payload: string] {
  return [BOARD_CHANNEL, JSON.stringify(event)];
}

const holder = globalThis as unknown as { boardEvents?: { emitter: EventEmitter; client?: pg.Client; connecting?: Promise<void> } };

function state() {
  holder.boardEvents ??= { emitter: new EventEmitter() };
  holder.boardEvents.emitter.setMaxListeners(0);
  return holder.boardEvents;
}

/** One LISTEN connection per process, reconnecting after a database restart; subscribers share it. */
async function ensureListener(): Promise<void> {
  const s = state();
  if (s.client || s.connecting) return s.connecting;
  s.connecting = (async () => {
    const client = new pg.Client({ connectionString: databaseUrl() });
    client.on("notification", (msg) => {
      if (msg.channel !== BOARD_CHANNEL || !msg.payload) return;
      try {
        s.emitter.emit("event", JSON.parse(msg.payload) as BoardEvent);
      } catch {
        // ignore malformed payloads
      }
    });
    const reconnect = () => {
      if (s.client !== client) return;
      s.client = undefined;
      client.end().catch(() => {});
      logger.warn("board event listener lost its connection; reconnecting");
      setTimeout(() => void ensureListener().catch(() => {}), 1000);
    };
    client.on("error", reconnect);
    client.on("end", reconnect);
    await client.connect();
    await client.query(`LISTEN ${BOARD_CHANNEL}`);
    s.client = client;
  })().finally(() => {
    s.connecting = undefined;
  });
  return s.connecting;
}

export async function subscribeToBoard(listener: (event: BoardEvent) => void): Promise<() => void> {
  const s = state();
  s.emitter.on("event", listener);
  try {
    await ensureListener();
  } catch (error) {
    s.emitter.off("event", listener);
    throw error;
  }
  return () => s.emitter.off("event", listener);
}
