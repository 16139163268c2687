ARG BASE=debian TAG="12 slim" EMPTY=
FROM --platform=$BUILDPLATFORM ${BASE}:${TAG} AS Build
ARG VERSION \
    CHANNEL=stable
HEALTHCHECK --interval=1m30s --timeout=500ms --start-period=2s --retries=3 \
  CMD curl -f http://localhost/ || exit 1
LABEL org.opencontainers.image.title="My app" version=1.0
ENV LEGACY value with   spaces
EXPOSE 80/tcp 53/udp 8000-8010
USER app:staff
STOPSIGNAL SIGTERM
VOLUME ["/data", "/logs"]
RUN --mount=type=cache,target=/root/.cache,sharing=locked --mount=type=secret,id=npm,required --network=none echo ok
COPY --from=build --chown=app:staff --chmod=0755 --link --exclude=*.md ["a b", "/c d/"]
ADD --checksum=sha256:0123 --keep-git-dir=true https://example.com/x.tar.gz /x/
