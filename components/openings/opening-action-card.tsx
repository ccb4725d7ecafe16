import Link from "next/link";
import { ActingCount } from "@/components/openings/acting-count";
import { ActionButton } from "@/components/ui/action-button";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { startPlaybook } from "@/lib/actions/openings/start-playbook";

/** On an opening's post: how many members act on it, and one click into the viewer's playbook. */
export function OpeningActionCard({
  cohortId,
  postId,
  actingCount,
  mine,
  open,
}: {
  cohortId: string;
  postId: string;
  actingCount: number;
  mine: boolean;
  open: boolean;
}) {
  const url = `/board/${cohortId}/posts/${postId}/playbook`;
  return (
    <Card title="Act on this opening">
      <p className="text-sm">
        <ActingCount count={actingCount} />
      </p>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        Check you can take it, line up your program director and a letter writer, then send one targeted message.
      </p>
      <div className="mt-3">
        {mine ? (
          <Link href={url} className={buttonClass("primary")}>
            Open your playbook
          </Link>
        ) : open ? (
          <ActionButton action={startPlaybook} input={{ postId }} variant="primary" redirectTo={url}>
            Start the playbook
          </ActionButton>
        ) : null}
      </div>
    </Card>
  );
}
