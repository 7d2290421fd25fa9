/**
 * Loose readers and writers of the JSON that surfaces carry, for tests that build a forged or
 * hand-made click (the app itself reads and writes them only through src/slack/values.ts).
 */
export function encodeValue(data: Record<string, string | number | boolean | null>): string {
  return JSON.stringify(data);
}

export function parseValue(raw: string | undefined | null): Record<string, unknown> {
  if (!raw) return {};
  try {
    const v: unknown = JSON.parse(raw);
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
