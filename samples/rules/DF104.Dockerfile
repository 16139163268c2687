FROM golang:1.23-alpine AS healthcheck
WORKDIR /src
COPY tools/healthcheck/ ./
RUN CGO_ENABLED=0 go build -o /out/healthcheck .

FROM node:22-alpine
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json ./
COPY src/ ./src/
# expect: DF104
RUN npm run build
COPY --from=healthcheck /out/healthcheck /usr/local/bin/healthcheck
USER node
CMD ["node", "dist/server.js"]
