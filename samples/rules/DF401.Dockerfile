FROM python:3.12-slim AS build
RUN python -m venv /opt/venv
WORKDIR /app
COPY requirements.txt ./
RUN /opt/venv/bin/pip install --no-cache-dir -r requirements.txt

FROM python:3.12-slim
RUN useradd --create-home --uid 10001 app
USER app
WORKDIR /home/app
COPY --from=build --chown=app:app /opt/venv /opt/venv
COPY --chown=app:app app/ ./app/
# expect: DF401
USER root
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpq5 \
    && rm -rf /var/lib/apt/lists/*
CMD ["/opt/venv/bin/python", "-m", "app"]
