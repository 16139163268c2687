FROM python:3.12-slim AS build
WORKDIR /src
COPY pyproject.toml ./
COPY src/ ./src/
RUN --mount=type=cache,target=/root/.cache/pip \
    pip install build==1.2.2 && python -m build --wheel --outdir /wheels

FROM python:3.12-slim AS test
ENV PIP_NO_CACHE_DIR=1
WORKDIR /src
COPY requirements-dev.txt ./
RUN pip install -r requirements-dev.txt
COPY tests/ ./tests/
COPY --from=build /wheels/ /tmp/wheels/
RUN pip install /tmp/wheels/*.whl && python -m pytest tests

FROM python:3.12-slim
COPY --from=build /wheels/ /tmp/wheels/
# expect: DF207
RUN pip install /tmp/wheels/*.whl && rm -rf /tmp/wheels
USER nobody
CMD ["python", "-m", "myapp"]
