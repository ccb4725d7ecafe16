import { describe, expect, it } from "vitest";
import { statementName } from "@/lib/db/statement-name";

describe("statementName", () => {
  it("gives the same SQL the same name and different SQL different names", () => {
    const a = statementName({ sql: 'SELECT "id" FROM "people" WHERE "resident_id" = $1' });
    expect(statementName({ sql: 'SELECT "id" FROM "people" WHERE "resident_id" = $1' })).toBe(a);
    expect(statementName({ sql: 'SELECT "id" FROM "people" WHERE "resident_id" = $2' })).not.toBe(a);
    expect(statementName({ sql: 'SELECT "id" FROM "people" WHERE "resident_id" = $1 ' })).not.toBe(a);
  });

  it("fits PostgreSQL's 63-byte name limit whatever the statement's length", () => {
    for (const sql of ["SELECT 1", "SELECT ".padEnd(100_000, "x"), "SELECT 'é ✓ 🩺'"]) {
      const name = statementName({ sql });
      expect(Buffer.byteLength(name)).toBeLessThanOrEqual(63);
      expect(name).toMatch(/^ps_[A-Za-z0-9_-]+$/);
    }
  });
});
