import type { Metadata } from "next";
import Link from "next/link";
import { BragSheetView } from "@/components/evidence/brag-sheet-view";
import { PageHeader } from "@/components/ui/card";
import { requireResident } from "@/lib/auth/viewer";
import { loadOr404 } from "@/lib/page-data";
import { getBragSheet } from "@/lib/server/evidence/get-brag-sheet";
import { ASK_STATUS_LABELS } from "@/lib/validation/workspace";

export const metadata: Metadata = { title: "Brag sheet" };

export default async function BragSheetPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireResident();
  const { id } = await params;
  const { sheet, askStatus } = await loadOr404(id, () => getBragSheet(viewer, id));
  return (
    <>
      <p className="no-print mb-2 text-sm">
        <Link href="/asks" className="underline">
          Back to asks and letters
        </Link>
      </p>
      <PageHeader
        title={`Brag sheet for ${sheet.writer.name}`}
        description={`What ${sheet.writer.name} needs to write a specific letter: your projects, feedback in people's own words, your CV and statement draft. Letter ask: ${ASK_STATUS_LABELS[askStatus].toLowerCase()}.`}
      />
      <BragSheetView sheet={sheet} />
    </>
  );
}
