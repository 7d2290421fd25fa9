/** Escapes the three characters that are special in Slack mrkdwn and message text. */
export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Cuts text to at most max characters (by code point), marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(0, max - 1)).join("")}…`;
}

/** User text for mrkdwn: escaped, then cut so the escaped form stays within max. */
export function safeText(text: string, max: number): string {
  const escaped = escapeText(text);
  if (escaped.length <= max) return escaped;
  // Cut the raw text so that no entity (&amp;) is split.
  let raw = truncate(text, max);
  while (escapeText(raw).length > max) raw = truncate(raw, Array.from(raw).length - 1);
  return escapeText(raw);
}

export function mentionUser(userId: string): string {
  return /^[UW][A-Z0-9]+$/.test(userId) ? `<@${userId}>` : escapeText(userId);
}

export function mentionChannel(channelId: string): string {
  return /^[CG][A-Z0-9]+$/.test(channelId) ? `<#${channelId}>` : escapeText(channelId);
}
