FROM alpine:3.20 AS build
RUN --mount=type=cache,target=/var/cache/apk apk add build-base
WORKDIR /src
COPY src/ ./
RUN make hello

FROM alpine:3.20
# expect: DF205
RUN apk add ca-certificates tzdata && adduser -D -u 10001 app
COPY --from=build /src/hello /usr/local/bin/hello
RUN apk add --no-cache libstdc++
USER app
ENTRYPOINT ["/usr/local/bin/hello"]
