import type { Metadata } from "next";
import { PostForm } from "@/components/board/post-form";
import { Card, PageHeader } from "@/components/ui/card";
import { createPost } from "@/lib/actions/board/create-post";
import { requireResident } from "@/lib/auth/viewer";
import { getNow } from "@/lib/clock";
import { toDateOnly } from "@/lib/dates";
import { loadOr404 } from "@/lib/page-data";
import { getCohort } from "@/lib/server/cohorts/get-cohort";

export const metadata: Metadata = { title: "Share an opening" };

export default async function NewPostPage({ params }: { params: Promise<{ cohortId: string }> }) {
  const viewer = await requireResident();
  const { cohortId } = await params;
  const cohort = await loadOr404(cohortId, () => getCohort(viewer, cohortId));
  const today = toDateOnly(await getNow());
  return (
    <>
      <PageHeader title="Share an opening" description={`With ${cohort.name}. Say what you know and how you know it.`} />
      <Card>
        <PostForm action={createPost} cohortId={cohortId} initial={{}} today={today} submitLabel="Post to the board" />
      </Card>
    </>
  );
}
