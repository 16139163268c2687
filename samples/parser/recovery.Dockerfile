FROM alpine:3.20
COPPY a b
ENV ONLYKEY
RUN echo still parsed
CMD ["a", 1]
COPY --from a b
HEALTHCHECK --interval=5 CMD true
ONBUILD FROM alpine
FROM alpine AS 1bad
USER nobody
