FROM debian:bookworm-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates curl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /opt/app
RUN groupadd --system app
# expect: DF201
RUN useradd --system --gid app --home-dir /opt/app app
COPY --chown=app:app bin/ ./bin/
RUN chmod 0755 ./bin/server
USER app
ENTRYPOINT ["/opt/app/bin/server"]
