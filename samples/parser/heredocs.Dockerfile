# syntax=docker/dockerfile:1
FROM alpine:3.20
RUN <<EOF
apk add --no-cache curl
EOF
RUN cat <<EOF > /etc/motd
Welcome, $USER
EOF
RUN python3 <<'PY'
print("no $expansion here")
PY
COPY <<FILE1 <<FILE2 /dest/
first
FILE1
second
FILE2
RUN <<-EOT sh
	echo "tabs are stripped"
	EOT
RUN 3<<IN cat /dev/fd/3
three
IN
ONBUILD RUN <<EOF
echo later
EOF
