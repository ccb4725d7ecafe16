import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PostForm } from "@/components/board/post-form";
import { Card, PageHeader } from "@/components/ui/card";
import { updatePost } from "@/lib/actions/board/update-post";
import { requireResident } from "@/lib/auth/viewer";
import { getNow } from "@/lib/clock";
import { toDateOnly } from "@/lib/dates";
import { loadOr404 } from "@/lib/page-data";
import { getPost } from "@/lib/server/board/get-post";

export const metadata: Metadata = { title: "Edit post" };

export default async function EditPostPage({ params }: { params: Promise<{ cohortId: string; postId: string }> }) {
  const viewer = await requireResident();
  const { cohortId, postId } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(postId)) notFound();
  const now = await getNow();
  const { post: p } = await loadOr404(cohortId, () => getPost(viewer, cohortId, postId, now));
  if (!p.isAuthor || p.status === "REMOVED") notFound();
  return (
    <>
      <PageHeader title="Edit post" description="Members can see earlier versions in the post's edit history." />
      <Card>
        <PostForm
          action={updatePost}
          cohortId={cohortId}
          postId={postId}
          today={toDateOnly(now)}
          submitLabel="Save changes"
          initial={{
            kind: p.kind,
            openingLevel: p.openingLevel ?? "",
            specialty: p.specialty ?? "",
            programName: p.programName,
            institution: p.institution,
            location: p.location,
            pgyLevel: p.pgyLevel ?? "",
            expectedStart: p.expectedStart ?? "",
            title: p.title,
            body: p.body,
            evidenceKind: p.evidenceKind,
            heardOn: p.heardOn ?? "",
            heardHow: p.heardHow ?? "",
            sourceType: p.sourceType ?? "",
            confirmedOn: p.confirmedOn ?? "",
            sourceLink: p.sourceLink ?? "",
          }}
        />
      </Card>
    </>
  );
}
