# Wijkbord as one container: one `node` process serving the browser app, the API and the
# WebSocket rooms, with its SQLite database in the /data volume. Runs as a non-root user and
# with a read-only root filesystem (`--read-only --tmpfs /tmp`). See docs/operations.md.
#
#   docker build -t wijkbord .          (podman: add --format docker, for the HEALTHCHECK)
#   docker run -d -p 8080:8080 -v wijkbord-data:/data --read-only --tmpfs /tmp \
#     -e PUBLIC_URL=https://wijkbord.example.nl wijkbord
#
# The Node images are arguments so that a build can use a mirror or a locally made base
# (scripts/test-container.sh does, where no registry is reachable).
ARG BUILD_IMAGE=docker.io/library/node:22-bookworm
ARG RUNTIME_IMAGE=docker.io/library/node:22-bookworm-slim

# --- build: every dependency, then the browser app and the server as JavaScript -------------
FROM ${BUILD_IMAGE} AS build
# node-gyp builds better-sqlite3 when no prebuilt binary can be fetched: with the image's own
# Node headers, not downloaded ones. pnpm's store is a build cache, not a layer.
ARG PNPM_VERSION=10.34.8
RUN npm install -g "pnpm@${PNPM_VERSION}"
ENV CI=true \
    npm_config_nodedir=/usr/local \
    npm_config_store_dir=/pnpm/store
WORKDIR /src
# Manifests first: the install layer is reused until they change.
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
COPY shared/package.json shared/
COPY worksheets/package.json worksheets/
COPY server/package.json server/
COPY client/package.json client/
COPY tests/package.json tests/
RUN --mount=type=cache,id=wijkbord-pnpm,target=/pnpm/store pnpm install --frozen-lockfile
COPY . .
RUN pnpm build
# What runs in production, with the server's run-time dependencies only (scripts/assemble-app.sh).
RUN --mount=type=cache,id=wijkbord-pnpm,target=/pnpm/store scripts/assemble-app.sh /out

# --- runtime ---------------------------------------------------------------------------------
FROM ${RUNTIME_IMAGE}
RUN groupadd --system --gid 10001 wijkbord \
 && useradd --system --uid 10001 --gid wijkbord --no-create-home --home-dir /nonexistent \
      --shell /usr/sbin/nologin wijkbord \
 && mkdir /data && chown wijkbord:wijkbord /data
# Owned by root: the server cannot change its own code.
COPY --from=build /out /app
RUN ln -s /app/server/dist/wijkbord.js /usr/local/bin/wijkbord
WORKDIR /app
ENV NODE_ENV=production \
    PORT=8080 \
    HOST=0.0.0.0 \
    DATA_DIR=/data
VOLUME /data
EXPOSE 8080
USER wijkbord
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# SIGTERM (docker stop) closes the sockets, flushes the rooms and closes the database.
STOPSIGNAL SIGTERM
CMD ["node", "--enable-source-maps", "server/dist/main.js"]
