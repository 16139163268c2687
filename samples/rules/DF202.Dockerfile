FROM debian:bookworm-slim AS fetch
# expect: DF202
RUN apt-get update
WORKDIR /downloads
# expect: DF202
RUN apt-get install -y --no-install-recommends ca-certificates curl \
    && rm -rf /var/lib/apt/lists/* \
    && curl -fsSLo tool.tar.gz https://example.com/releases/tool-1.2.3-linux-amd64.tar.gz \
    && tar -xzf tool.tar.gz

FROM debian:bookworm-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=fetch /downloads/tool /usr/local/bin/tool
USER nobody
ENTRYPOINT ["/usr/local/bin/tool"]
