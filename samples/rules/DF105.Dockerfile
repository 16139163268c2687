# expect: DF105
FROM golang:1.23-alpine AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY cmd/ ./cmd/
RUN CGO_ENABLED=0 go build -o /out/api ./cmd/api

FROM gcr.io/distroless/static-debian12:nonroot@sha256:8aa59effcfd4f6f98c835cc3c22895c410e4d08587f4ea2c47d125213e9cead1
COPY --from=build /out/api /api
USER nonroot:nonroot
ENTRYPOINT ["/api"]
