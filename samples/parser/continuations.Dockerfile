FROM debian:12-slim
# Comments inside a continuation are skipped, blank lines too (with a warning).
RUN apt-get update \
# install the tools
    && apt-get install -y --no-install-recommends \
       curl \

       git \
  # indented comment
    && rm -rf /var/lib/apt/lists/*
RUN echo hello\
world
RUN echo trailing\\
CMD ["bash"]
