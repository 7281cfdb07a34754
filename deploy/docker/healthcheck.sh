#!/bin/bash
# Container health checks that need no HTTP client in the image.
#   healthcheck.sh http PORT PATH   passes when GET http://127.0.0.1:PORT/PATH returns 200
#   healthcheck.sh tcp PORT         passes when the silo's advertised address accepts on PORT
# The silo listens only on the address it advertises, not on 127.0.0.1, so tcp looks it up as
# silo-entrypoint.sh does.
set -euo pipefail

case "${1:-}" in
    http)
        port="$2"
        path="$3"
        exec 3<>"/dev/tcp/127.0.0.1/$port"
        printf 'GET %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' "$path" >&3
        read -r -t 10 status_line <&3
        [[ "$status_line" == *" 200 "* ]]
        ;;
    tcp)
        port="$2"
        address="${MovieRecs__AdvertisedAddress:-}"
        if [ -z "$address" ]; then
            address="$(getent ahostsv4 "$(hostname)" | awk '{ print $1; exit }')"
        fi
        exec 3<>"/dev/tcp/$address/$port"
        ;;
    *)
        echo "usage: healthcheck.sh http PORT PATH | tcp PORT" >&2
        exit 64
        ;;
esac
