#!/bin/sh
# Starts the silo in its container. In redis clustering a silo listens on, and advertises, one
# address, which in a container is only known at start: the address the container's host name
# resolves to. MovieRecs__AdvertisedAddress, when set, takes precedence.
set -eu

if [ -z "${MovieRecs__AdvertisedAddress:-}" ]; then
    address="$(getent ahostsv4 "$(hostname)" | awk '{ print $1; exit }')"
    if [ -z "$address" ]; then
        echo "silo-entrypoint.sh: the host name $(hostname) has no IPv4 address;" \
            "set MovieRecs__AdvertisedAddress to the address the other silos reach this one on." >&2
        exit 2
    fi
    MovieRecs__AdvertisedAddress="$address"
    export MovieRecs__AdvertisedAddress
fi

exec dotnet /app/MovieRecs.Silo.dll "$@"
