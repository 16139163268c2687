FROM node:22-alpine AS build
RUN npm install --global npm@10.9.0
WORKDIR /app
COPY package.json package-lock.json ./
# expect: DF206
RUN npm install
COPY tsconfig.json ./
COPY src/ ./src/
RUN npm run build

FROM node:22-alpine
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/server.js"]
