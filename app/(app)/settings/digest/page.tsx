import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/card";
import { requireResident } from "@/lib/auth/viewer";
import { getNow } from "@/lib/clock";
import { publicBaseUrl } from "@/lib/request";
import { previewDigest } from "@/lib/server/plan/digest";

export const metadata: Metadata = { title: "Digest preview" };

export default async function DigestPreviewPage() {
  const viewer = await requireResident();
  const digest = await previewDigest(viewer, await getNow(), publicBaseUrl(await headers()).replace(/\/$/, ""));
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/settings" className="underline">
          Back to settings
        </Link>
      </p>
      <PageHeader
        title="This week's digest"
        description={digest.enabled ? "This is what the weekly email says today." : "The digest is off; this is what it would say."}
      />
      <Card title={`Subject: ${digest.subject}`}>
        <pre className="whitespace-pre-wrap font-sans text-sm [overflow-wrap:anywhere]">{digest.text}</pre>
      </Card>
    </>
  );
}
