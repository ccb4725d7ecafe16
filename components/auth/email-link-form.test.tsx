import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { EmailLinkForm } from "@/components/auth/email-link-form";

describe("the email-link form", () => {
  it('does not reuse the password form\'s id="email", so each label on the sign-in page focuses its own field', () => {
    for (const purpose of ["MAGIC_LINK", "PASSWORD_RESET"] as const) {
      const html = renderToString(<EmailLinkForm purpose={purpose} submitLabel="Send" />);
      const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
      const label = /<label[^>]*for="([^"]+)"/.exec(html)?.[1];
      expect(ids).not.toContain("email");
      expect(ids).toContain(label);
    }
  });
});
