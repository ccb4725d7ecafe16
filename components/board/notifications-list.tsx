import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { markNotificationsRead } from "@/lib/actions/board/mark-notifications-read";

export function NotificationsList({ items }: { items: { id: string; message: string; cohortId: string | null; postId: string | null; createdAt: Date }[] }) {
  if (!items.length) return null;
  return (
    <section
      aria-labelledby="notices-title"
      className="mb-4 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-50"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="notices-title" className="font-semibold">
          Board notices
        </h2>
        <ActionButton action={markNotificationsRead} input={{}} variant="ghost" className="min-h-9 px-2 py-1">
          Mark all as read
        </ActionButton>
      </div>
      <ul className="mt-2 space-y-1 text-sm">
        {items.map((n) => (
          <li key={n.id}>
            {n.cohortId && n.postId ? (
              <Link href={`/board/${n.cohortId}/posts/${n.postId}`} className="underline">
                {n.message}
              </Link>
            ) : (
              n.message
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
