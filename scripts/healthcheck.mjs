#!/usr/bin/env node
/**
 * The container's HEALTHCHECK (no curl in the image): GET /healthz on the app's own port, healthy on
 * 200. Socket Mode serves no HTTP, so there it cannot ask; the same facts are in the log every
 * five minutes ("health ok; database ok, …").
 */
if (process.env.SLACK_APP_TOKEN) {
  console.log("Socket Mode: no /healthz to ask; see the app's health log line");
  process.exit(0);
}
const port = process.env.PORT || "3000";
try {
  const res = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(4000) });
  console.log(`${res.status} ${await res.text()}`);
  process.exit(res.status === 200 ? 0 : 1);
} catch (error) {
  console.error(`no answer from /healthz: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
