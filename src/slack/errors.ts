import { ErrorCode } from "@slack/web-api";

function field(error: object, name: string): unknown {
  return (error as Record<string, unknown>)[name];
}

/** The error code of a Web API platform error (`{ ok: false, error }`), if the error is one. */
export function platformErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  if (field(error, "code") !== ErrorCode.PlatformError) return undefined;
  const data = field(error, "data");
  const code = typeof data === "object" && data !== null ? field(data, "error") : undefined;
  return typeof code === "string" ? code : undefined;
}
