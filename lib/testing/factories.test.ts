// Every model has a factory, and every factory writes a row the database accepts (all CHECKs, keys and triggers).
import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/db/generated/client";
import { withTestDatabase } from "@/lib/testing/db";
import * as f from "@/lib/testing/factories";

withTestDatabase();

describe("factories", () => {
  it("there is one for every model of the Prisma schema", () => {
    const missing = Object.keys(Prisma.ModelName).filter((model) => !(`create${model}` in f));
    expect(missing, "add a create<Model> factory to lib/testing/factories.ts").toEqual([]);
  });

  it("each writes a row the database accepts, and two calls never collide", async () => {
    for (let round = 0; round < 2; round++) {
      const resident = await f.createResident();
      const other = await f.createResident();
      const advisor = await f.createAdvisor();
      const residentId = resident.id;
      await f.createResidentProfile({ userId: (await f.createUser({ role: "RESIDENT" })).id });
      const cohort = await f.createCohort([{ userId: residentId, role: "MODERATOR" }]);
      await f.createCohortMembership({ cohortId: cohort.id, userId: other.id });
      await f.createCohortInvite({ cohortId: cohort.id, createdBy: residentId });
      await f.createAdvisorGrant({ residentId, advisorId: advisor.id });
      await f.createAdvisorInvitation({ residentId });
      await f.createAuditEvent({ actorId: residentId, subjectUserId: residentId });
      await f.createAuthToken({ userId: residentId });
      await f.createRateLimit();
      await f.createTarget({ residentId });
      await f.createTargetChange({ residentId });
      const person = await f.createPerson({ residentId }, { isAList: true });
      const touch = await f.createTouch({ residentId, personId: person.id });
      const meeting = await f.createMeeting({ residentId, personId: person.id });
      await f.createActionItem({ residentId, meetingId: meeting.id });
      await f.createAsk({ residentId, personId: person.id });
      await f.createMatchCycleDefault();
      const cycle = await f.createMatchCycle({ residentId });
      const program = await f.createProgram({ residentId });
      await f.createMessage({ residentId, programId: program.id, cycleId: cycle.id }, { kind: "LETTER_OF_INTENT" });
      const otherCycle = await f.createMatchCycle({ residentId });
      await f.createFirstChoiceClaim({ residentId, cycleId: otherCycle.id, programId: program.id });
      const post = await f.createBoardPost({ cohortId: cohort.id, authorId: residentId });
      await f.createPostRevision({ postId: post.id, editorId: residentId });
      await f.createPostReaction({ postId: post.id, userId: other.id }, { kind: "CONFIRM" });
      await f.createPostComment({ postId: post.id, authorId: other.id });
      await f.createPostFlag({ postId: post.id, userId: other.id });
      await f.createNotification({ userId: residentId }, { cohortId: cohort.id, postId: post.id });
      const rotation = await f.createRotation({ residentId });
      await f.createRotationAttending({ residentId, rotationId: rotation.id, personId: person.id });
      await f.createRotationPromptCompletion({ residentId, rotationId: rotation.id }, { touchId: touch.id });
      await f.createPdTouchpoint({ residentId });
      await f.createPhaseCompletion({ residentId });
      await f.createLogEntry({ residentId });
      await f.createCalendarFeed({ residentId });
    }
  });
});
