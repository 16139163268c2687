FROM debian:bookworm-slim AS build
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \
    --mount=type=cache,target=/var/lib/apt,sharing=locked \
    apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev make
WORKDIR /src
COPY src/ ./
RUN make hello

FROM debian:bookworm-slim
# expect: DF203
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates
COPY --from=build /src/hello /usr/local/bin/hello
USER nobody
CMD ["hello"]
