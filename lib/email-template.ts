// One plain, accessible layout for every email: a text part that reads well on its own and an HTML part with the
// same words, where the main action is a real button and also a plain link (some clients block buttons or images).
// No images, no tracking, no external styles: inline styles only, which is what mail clients honour.

export type EmailBlock =
  { paragraph: string } | { list: { title: string; items: { text: string; url?: string }[] } } | { action: { label: string; url: string } };

export type EmailContent = { subject: string; blocks: EmailBlock[]; footer?: string[] };
export type RenderedEmail = { subject: string; text: string; html: string };

const escapeHtml = (value: string) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
const FONT = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;";

function textOf(block: EmailBlock): string {
  if ("paragraph" in block) return block.paragraph;
  if ("list" in block) return [`${block.list.title}`, ...block.list.items.map((i) => `- ${i.text}${i.url ? `\n  ${i.url}` : ""}`)].join("\n");
  return `${block.action.label}:\n${block.action.url}`;
}

function htmlOf(block: EmailBlock): string {
  if ("paragraph" in block) return `<p style="margin:0 0 16px;line-height:1.5">${escapeHtml(block.paragraph)}</p>`;
  if ("list" in block) {
    const items = block.list.items
      .map(
        (i) =>
          `<li style="margin:0 0 8px">${i.url ? `<a href="${escapeHtml(i.url)}" style="color:#1d4ed8">${escapeHtml(i.text)}</a>` : escapeHtml(i.text)}</li>`,
      )
      .join("");
    return `<h2 style="font-size:16px;margin:24px 0 8px">${escapeHtml(block.list.title)}</h2><ul style="margin:0 0 16px;padding-left:20px;line-height:1.5">${items}</ul>`;
  }
  const url = escapeHtml(block.action.url);
  return (
    `<p style="margin:24px 0 8px"><a href="${url}" style="display:inline-block;padding:12px 20px;background:#1d4ed8;color:#ffffff;` +
    `text-decoration:none;border-radius:6px;font-weight:600">${escapeHtml(block.action.label)}</a></p>` +
    `<p style="margin:0 0 16px;font-size:14px;line-height:1.5;color:#334155">If the button does not work, open this link:<br><a href="${url}" style="color:#1d4ed8;word-break:break-all">${url}</a></p>`
  );
}

export function renderEmail({ subject, blocks, footer = [] }: EmailContent): RenderedEmail {
  const text = [...blocks.map(textOf), ...(footer.length ? ["--", ...footer] : [])].join("\n\n");
  const html =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<meta name="color-scheme" content="light"><title>${escapeHtml(subject)}</title></head>` +
    `<body style="margin:0;padding:0;background:#f8fafc;color:#0f172a;${FONT}">` +
    `<div role="article" aria-label="${escapeHtml(subject)}" lang="en" style="max-width:560px;margin:0 auto;padding:24px 16px;font-size:16px">` +
    blocks.map(htmlOf).join("") +
    (footer.length
      ? `<hr style="border:0;border-top:1px solid #cbd5e1;margin:24px 0"><div style="font-size:13px;color:#475569;line-height:1.5">${footer.map((f) => `<p style="margin:0 0 8px">${escapeHtml(f)}</p>`).join("")}</div>`
      : "") +
    `</div></body></html>`;
  return { subject, text, html };
}

/** For callers that wrote only text: paragraphs stay paragraphs, and links become links. */
export function htmlFromText(subject: string, text: string): string {
  const blocks: EmailBlock[] = text.split(/\n{2,}/).map((paragraph) => ({ paragraph }));
  const html = renderEmail({ subject, blocks }).html;
  return html.replace(/(https?:\/\/[^\s<"']+)/g, (url) => `<a href="${url}" style="color:#1d4ed8">${url}</a>`).replace(/\n/g, "<br>");
}
