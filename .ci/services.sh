#!/usr/bin/env bash
# Starts and stops the private PostgreSQL and Redis servers the tests run against, on 127.0.0.1
# only, from Debian's packages. Source it, then call start_services and stop_services.
#
# After start_services, MOVIERECS_POSTGRES contains an Npgsql connection string and MOVIERECS_REDIS a
# StackExchange.Redis one. Both servers keep their files under $services_dir. Each start deletes
# them first, unless MOVIERECS_SERVICES_KEEP_DATA=1, which reuses the database and the Redis
# append-only file of the previous start.

services_dir="${MOVIERECS_SERVICES_DIR:-/tmp/movierecs-ci-services}"
postgres_port="${MOVIERECS_POSTGRES_PORT:-55432}"
redis_port="${MOVIERECS_REDIS_PORT:-56379}"
keep_data="${MOVIERECS_SERVICES_KEEP_DATA:-0}"
postgres_bin=""

as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then
        su postgres -s /bin/bash -c "$*"
    else
        bash -c "$*"
    fi
}

install_missing_packages() {
    local missing=()
    compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
    command -v redis-server >/dev/null || missing+=(redis-server)
    if [ "${#missing[@]}" -gt 0 ]; then
        echo "Installing ${missing[*]} from Debian's packages"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -q
        apt-get install -y -q "${missing[@]}"
    fi
    find_postgres_bin
}

# Sets postgres_bin to the newest installed PostgreSQL's bin directory, or leaves it empty.
find_postgres_bin() {
    if compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
        postgres_bin="$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")"
    fi
}

start_postgres() {
    local data="$services_dir/postgres"
    local fresh=1
    if [ "$keep_data" = 1 ] && [ -f "$data/db/PG_VERSION" ]; then
        fresh=0
    else
        rm -rf "$data"
    fi
    mkdir -p "$data"
    chmod 700 "$data"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$data" "$services_dir"
    if [ "$fresh" = 1 ]; then
        as_postgres "'$postgres_bin/initdb' -D '$data/db' -U postgres --auth=trust -E UTF8 --no-instructions >'$data/initdb.log'"
    fi
    as_postgres "'$postgres_bin/pg_ctl' -D '$data/db' -l '$data/server.log' -w -t 60 \
        -o \"-c listen_addresses=127.0.0.1 -p $postgres_port -k '$data'\" start >/dev/null"
    if [ "$fresh" = 1 ]; then
        as_postgres "'$postgres_bin/psql' -h 127.0.0.1 -p $postgres_port -U postgres -q -c 'CREATE DATABASE movierecs'"
    fi
    export MOVIERECS_POSTGRES="Host=127.0.0.1;Port=$postgres_port;Username=postgres;Database=movierecs"
    echo "PostgreSQL $("$postgres_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$postgres_port"
}

start_redis() {
    local data="$services_dir/redis"
    if [ "$keep_data" != 1 ]; then
        rm -rf "$data"
    fi
    mkdir -p "$data"
    redis-server --bind 127.0.0.1 --port "$redis_port" --appendonly yes --appendfsync always \
        --save "" --dir "$data" --logfile "$data/server.log" --daemonize yes --pidfile "$data/redis.pid"
    for _ in $(seq 1 100); do
        redis-cli -h 127.0.0.1 -p "$redis_port" ping >/dev/null 2>&1 && break
        sleep 0.1
    done
    redis-cli -h 127.0.0.1 -p "$redis_port" ping >/dev/null
    export MOVIERECS_REDIS="127.0.0.1:$redis_port"
    echo "Redis $(redis-server --version | awk '{print $3}' | cut -d= -f2) on 127.0.0.1:$redis_port"
}

start_services() {
    install_missing_packages
    mkdir -p "$services_dir"
    start_postgres
    start_redis
}

stop_services() {
    if [ -f "$services_dir/redis/redis.pid" ]; then
        redis-cli -h 127.0.0.1 -p "$redis_port" shutdown nosave >/dev/null 2>&1 || true
    fi
    [ -n "$postgres_bin" ] || find_postgres_bin
    if [ -n "$postgres_bin" ] && [ -f "$services_dir/postgres/db/postmaster.pid" ]; then
        as_postgres "'$postgres_bin/pg_ctl' -D '$services_dir/postgres/db' -m fast -w stop >/dev/null" || true
    fi
}
