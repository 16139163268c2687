FROM alpine:3.20
FOOBAR baz qux
frobnicate
Bogus --flag=x a b
ONBUILD SPLAT now
CMD ["true"]
