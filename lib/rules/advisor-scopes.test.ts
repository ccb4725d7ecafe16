import { describe, expect, it } from "vitest";
import { grantIsLive, normalizeScopes } from "@/lib/rules/advisor-scopes";

describe("normalizeScopes", () => {
  it.each([
    [["targets", "plan_b"], ["targets", "plan_b"]],
    [["plan_b"], []],
    [["private_notes", "people"], ["people", "private_notes"]],
    [["private_notes"], []],
    [["message_contents"], []],
    [["programs", "message_contents", "loi_status"], ["programs", "message_contents", "loi_status"]],
    [["board", "targets", "targets"], ["targets"]],
    [[], []],
  ])("%j -> %j", (input, expected) => {
    expect(normalizeScopes(input)).toEqual(expected);
  });
});

describe("grantIsLive", () => {
  const now = new Date("2026-11-21T12:00:00Z");
  it.each([
    [{ revokedAt: null, expiresAt: null }, true],
    [{ revokedAt: null, expiresAt: new Date("2026-11-21T12:00:01Z") }, true],
    [{ revokedAt: null, expiresAt: new Date("2026-11-21T12:00:00Z") }, false],
    [{ revokedAt: new Date("2026-11-20T00:00:00Z"), expiresAt: null }, false],
  ])("%j live: %s", (grant, live) => {
    expect(grantIsLive(grant, now)).toBe(live);
  });
});
