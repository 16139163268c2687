FROM python:3.12-slim
WORKDIR /app
# expect: DF000
COPPY requirements.txt ./
COPY --chmod=644 requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt
# expect: DF000
COPY --chown app/ ./app/
COPY --chown=nobody:nogroup app/ ./app/
# expect: DF000
COPY --chmd=755 docker-entrypoint.sh /usr/local/bin/
COPY --chmod=755 docker-entrypoint.sh /usr/local/bin/
# expect: DF000
ENV APP_ENV
ENV APP_ENV=production
RUN <<EOT
python -m compileall -q /app
EOT
USER nobody
# expect: DF000
CMD ["python", "-m", "app", "--port", 8000]
CMD ["python", "-m", "app", "--port", "8000"]
# expect: DF000
RUN <<EOT
echo "this heredoc is never closed"
