import type { ReactNode } from "react";
import { Providers } from "@/components/providers";

/** Only the board keeps client-side query state (live updates, optimistic reactions); other pages ship without it. */
export default function BoardLayout({ children }: { children: ReactNode }) {
  return <Providers>{children}</Providers>;
}
