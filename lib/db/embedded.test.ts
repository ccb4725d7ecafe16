import { chmodSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { firstUnreachableFolder } from "@/lib/db/embedded";

const root = mkdtempSync(path.join(os.tmpdir(), "ps-embedded-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("embedded PostgreSQL started by root", () => {
  // Run as root, PostgreSQL runs as its own user; a checkout in a 0700 folder used to die with `spawn initdb EACCES`.
  const someoneElse = { uid: 54_321, gid: 54_321 };

  it("finds the 0700 folder on the way to the binaries or the data", () => {
    const closed = path.join(root, "home-of-root");
    mkdirSync(path.join(closed, "checkout", "node_modules"), { recursive: true });
    chmodSync(root, 0o755);
    chmodSync(closed, 0o700);
    expect(firstUnreachableFolder([path.join(closed, "checkout", "node_modules", "postgres")], someoneElse)).toBe(closed);
    expect(firstUnreachableFolder([path.join(root, "elsewhere", "data")], someoneElse)).toBeNull();
  });

  it("lets the folder's owner and group through on their own permission bits", () => {
    const owned = path.join(root, "owned");
    mkdirSync(owned);
    chmodSync(owned, 0o710);
    expect(firstUnreachableFolder([path.join(owned, "data")], someoneElse)).toBe(owned);
    expect(firstUnreachableFolder([path.join(owned, "data")], { uid: 54_320, gid: process.getgid?.() ?? 0 })).toBeNull();
  });
});
