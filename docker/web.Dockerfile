# Optional static tier: the built web app served by nginx. /graphql, /health and /calendar are
# proxied to the api service. Use it only if you want static files served apart from the API.
# The api image already serves the same web/dist at /.
#
# Build from the repository root:
#   docker build -f docker/web.Dockerfile -t tandem-web .
# or via compose (profile "static"):
#   docker compose -f docker/compose.yaml --profile static up -d

# ---------------------------------------------------------------------------
# deps: manifests first, so `npm ci` is cached until a package.json or the lockfile changes.
# Install scripts are skipped, as in api.Dockerfile (the repo denies them all via allowScripts).
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
# build: only web and what it depends on (shared).
FROM node:22-bookworm-slim AS build
WORKDIR /app
ENV TURBO_TELEMETRY_DISABLED=1
COPY --from=deps /app ./
COPY tsconfig.base.json turbo.json ./
COPY shared shared
COPY web web
RUN npx turbo run build --filter=@tandem/web --output-logs=errors-only

# ---------------------------------------------------------------------------
# runtime: nginx serving web/dist
FROM nginx:1.27-alpine AS runtime
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/web/dist /usr/share/nginx/html
EXPOSE 80
# Checks nginx itself (index.html), not the api behind it.
HEALTHCHECK --interval=30s --timeout=5s --retries=3 \
    CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1/"]
