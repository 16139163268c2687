FROM node:22-alpine AS build
# expect: DF501
ARG NPM_TOKEN
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci
COPY tsconfig.json ./
COPY src/ ./src/
RUN npm run build

FROM node:22-alpine
ARG APP_VERSION=1.4.2
ENV NODE_ENV=production \
    APP_VERSION=${APP_VERSION}
# expect: DF501
ENV DATABASE_PASSWORD=changeme
ENV DATABASE_PASSWORD_FILE=/run/secrets/db_password
ENV TOKENIZER_MODEL=bpe
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/server.js"]
