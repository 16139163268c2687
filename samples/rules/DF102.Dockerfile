ARG MIGRATE_IMAGE

# expect: DF102
FROM golang AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY cmd/ ./cmd/
COPY internal/ ./internal/
RUN CGO_ENABLED=0 go build -o /out/server ./cmd/server

FROM build AS test
RUN go test ./...

FROM ${MIGRATE_IMAGE} AS migrate

FROM scratch
COPY --from=build /out/server /server
COPY --from=migrate /usr/local/bin/migrate /migrate
USER 65532:65532
ENTRYPOINT ["/server"]
