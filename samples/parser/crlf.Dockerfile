FROM alpine:3.20
RUN echo one \
    two
LABEL a=b
CMD ["sh"]
