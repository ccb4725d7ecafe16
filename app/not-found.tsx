import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-lg p-6">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">We couldn&apos;t find that page. It may have been removed, or you may not have access to it.</p>
      <Link href="/" className={buttonClass("primary", "mt-4")}>
        Go to your home page
      </Link>
    </main>
  );
}
