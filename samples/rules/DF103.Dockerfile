FROM python:3.12 AS build
RUN python -m venv /opt/venv
WORKDIR /app
COPY requirements.txt ./
RUN /opt/venv/bin/pip install --no-cache-dir -r requirements.txt

# expect: DF103
FROM python:3.12
COPY --from=build /opt/venv /opt/venv
WORKDIR /app
COPY app/ ./app/
USER nobody
CMD ["/opt/venv/bin/python", "-m", "app"]
