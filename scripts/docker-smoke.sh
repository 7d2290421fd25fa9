#!/usr/bin/env bash
# Builds the image, starts it against a stand-in for Slack's Web API (auth.test is all a start
# needs), and checks what an operator relies on: /healthz answers 200 with the database reachable,
# Docker's own HEALTHCHECK turns healthy, the app runs as a non-root user with its database on the
# /data volume, and `docker stop` (SIGTERM) ends it with exit code 0.
#   bash scripts/docker-smoke.sh            (skips when no Docker engine is reachable)
#   REQUIRE_DOCKER=1 bash scripts/docker-smoke.sh   (fails instead of skipping, for CI)
set -euo pipefail
cd "$(dirname "$0")/.."

if ! docker info >/dev/null 2>&1; then
  echo "docker-smoke: no Docker engine reachable here; skipped."
  [ "${REQUIRE_DOCKER:-0}" = "1" ] && exit 1
  exit 0
fi

IMAGE="tandem:smoke-$$"
NAME="tandem-smoke-$$"
VOLUME="tandem-smoke-data-$$"
STUB_PID=""
cleanup() {
  docker rm -f "$NAME" >/dev/null 2>&1 || true
  docker volume rm "$VOLUME" >/dev/null 2>&1 || true
  docker image rm "$IMAGE" >/dev/null 2>&1 || true
  [ -n "$STUB_PID" ] && kill "$STUB_PID" 2>/dev/null || true
}
trap cleanup EXIT

free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

echo "docker-smoke: building $IMAGE"
docker build -t "$IMAGE" .

STUB_PORT="$(free_port)"
APP_PORT="$(free_port)"
node -e '
  require("http").createServer((req, res) => {
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify(req.url.endsWith("/auth.test")
      ? { ok: true, user_id: "UBOT0000001", bot_id: "BBOT0001", team_id: "T0001", user: "tandem" }
      : { ok: true }));
  }).listen(Number(process.argv[1]), "127.0.0.1");
' "$STUB_PORT" &
STUB_PID=$!

docker volume create "$VOLUME" >/dev/null
docker run -d --name "$NAME" --network host \
  --health-interval 2s --health-start-period 10s \
  -e SLACK_BOT_TOKEN=xoxb-smoke -e SLACK_SIGNING_SECRET=smoke-secret \
  -e SLACK_API_URL="http://127.0.0.1:$STUB_PORT/api/" -e PORT="$APP_PORT" \
  -v "$VOLUME:/data" "$IMAGE" >/dev/null

echo "docker-smoke: waiting for /healthz on port $APP_PORT"
body=""
for _ in $(seq 60); do
  if body="$(node -e 'fetch(process.argv[1]).then(async r=>{if(r.status!==200)process.exit(1);console.log(await r.text())},()=>process.exit(1))' "http://127.0.0.1:$APP_PORT/healthz")"; then
    break
  fi
  body=""
  sleep 0.5
done
if [ -z "$body" ]; then
  echo "docker-smoke: /healthz never answered 200"; docker logs "$NAME"; exit 1
fi
echo "docker-smoke: /healthz → $body"
echo "$body" | grep -q '"database":"ok"'

for _ in $(seq 30); do
  [ "$(docker inspect -f '{{.State.Health.Status}}' "$NAME")" = "healthy" ] && break
  sleep 1
done
[ "$(docker inspect -f '{{.State.Health.Status}}' "$NAME")" = "healthy" ] || { echo "docker-smoke: HEALTHCHECK not healthy"; exit 1; }

uid="$(docker exec "$NAME" id -u)"
[ "$uid" != "0" ] || { echo "docker-smoke: runs as root"; exit 1; }
docker exec "$NAME" test -s /data/tandem.db || { echo "docker-smoke: no database on /data"; exit 1; }

docker stop -t 15 "$NAME" >/dev/null
code="$(docker inspect -f '{{.State.ExitCode}}' "$NAME")"
[ "$code" = "0" ] || { echo "docker-smoke: exit code $code after SIGTERM"; docker logs "$NAME"; exit 1; }
docker logs "$NAME" 2>&1 | grep -q "Stopped cleanly" || { echo "docker-smoke: no clean stop in the log"; exit 1; }

echo "docker-smoke: OK (healthy, uid $uid, database on /data, clean stop with exit code 0)"
