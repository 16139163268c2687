FROM node:22-alpine AS docs
WORKDIR /docs
COPY docs/package.json docs/package-lock.json ./
RUN npm ci
COPY docs/ ./
RUN npm run build

FROM scratch AS site
COPY --from=docs /docs/dist/ /

FROM nginxinc/nginx-unprivileged:1.27-alpine
COPY nginx.conf /etc/nginx/conf.d/default.conf
# expect: DF302
COPY . /usr/share/nginx/html/
COPY --from=site . /usr/share/nginx/html/docs/
USER 101
