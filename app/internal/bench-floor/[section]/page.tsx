// Benchmark instrumentation (npm run bench): the framework floor. The captured HTML of an app page, rendered by the
// same build under the root layout with no database and no session, so the benchmark can tell what Next.js and React
// cost for that many bytes from what the app's own code costs. A 404 unless the server was started with
// BENCH_FRAMEWORK_FLOOR_DIR, which only scripts/bench.ts does.
import { notFound } from "next/navigation";
import { frameworkFloorHtml } from "@/lib/server/bench/framework-floor";

export const dynamic = "force-dynamic";

export default async function FrameworkFloorPage({ params }: { params: Promise<{ section: string }> }) {
  const html = frameworkFloorHtml((await params).section);
  if (html === null) notFound();
  return <div dangerouslySetInnerHTML={{ __html: html }} />;
}
