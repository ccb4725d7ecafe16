import { it } from "vitest";
import { createPerson } from "@/lib/actions/people/create-person";
import { withTestDatabase } from "@/lib/testing/db";
import { createResident } from "@/lib/testing/factories";
import { actAs } from "@/lib/testing/test-session";
withTestDatabase();
it("nul", async () => {
  const r = await createResident();
  actAs(r.id);
  console.log(JSON.stringify(await createPerson({ name: "a\u0000b", role: "ATTENDING" })));
  console.log(JSON.stringify(await createPerson({ name: "a\uD800b", role: "ATTENDING" })));
  console.log(JSON.stringify(await createPerson({ name: "x".repeat(100), role: "ATTENDING", privateNotes: "\u0000" })));
});
