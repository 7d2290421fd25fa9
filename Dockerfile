# syntax=docker/dockerfile:1
# Tandem in HTTP mode: build with the dev dependencies, run with the production ones only.
#   docker build -t tandem .
#   docker run -p 3000:3000 -v tandem-data:/data --env-file .env tandem
# scripts/docker-smoke.sh builds, starts and checks it.

FROM node:20-bookworm-slim AS build
# better-sqlite3 downloads a prebuilt binary; the compilers are there for when none fits
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY scripts ./scripts
COPY src ./src
COPY drizzle ./drizzle
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    DATABASE_PATH=/data/tandem.db \
    PORT=3000
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/scripts/healthcheck.mjs ./scripts/healthcheck.mjs
# the database lives on a volume owned by the unprivileged user the app runs as
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "scripts/healthcheck.mjs"]
# SIGTERM (docker stop) lets the work under way finish; the app exits within 10 s
STOPSIGNAL SIGTERM
# the same flags as `npm start` (README → Benchmarks: a small young generation keeps the memory low)
CMD ["node", "--optimize-for-size", "--max-semi-space-size=4", "--expose-gc", "dist/main.js"]
