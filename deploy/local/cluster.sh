#!/usr/bin/env bash
# Starts, stops and reports a MovieRecs cluster on this machine without containers: private
# PostgreSQL and Redis servers from Debian's packages, two or more silo processes and the gateway
# as an Orleans client, all on 127.0.0.1.
#
#   deploy/local/cluster.sh start    build, start everything, wait until /health returns 200
#   deploy/local/cluster.sh stop     stop the processes this script started, by their PID files
#   deploy/local/cluster.sh status   list each process and the gateway's /health status
#
# Environment variables (all optional):
#   MOVIERECS_DATA            directory with the MovieLens files; unset, the first silo finds
#                             data/ml-latest-small under the repository or downloads it there
#   MOVIERECS_CLUSTER_DIR     state directory for PID files, logs and the servers' data
#                             (default /tmp/movierecs-cluster)
#   MOVIERECS_SILOS           number of silos, 2-9 (default 2)
#   MOVIERECS_HTTP_PORT       the gateway's HTTP port (default 8080)
#   MOVIERECS_SILO_PORT       the first silo's port for silo-to-silo traffic; silo i takes this
#                             port plus i-1 (default 11111)
#   MOVIERECS_SILO_GATEWAY_PORT
#                             the first silo's port for Orleans clients such as the gateway; silo
#                             i takes this port plus i-1 (default 30000)
#   MOVIERECS_POSTGRES_PORT   PostgreSQL's port (default 55433)
#   MOVIERECS_REDIS_PORT      Redis's port (default 56380)
#   MOVIERECS_CONFIGURATION   build configuration (default Release)
#   MOVIERECS_BUILD           0 skips the build and runs the existing build output (default 1)
#   MOVIERECS_READY_TIMEOUT   seconds to wait for /health to return 200 (default 600)
#
# The ratings and the Redis membership table and grain state are kept between stop and start.
# Delete the state directory after a stop to begin from an empty database.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
state_dir="${MOVIERECS_CLUSTER_DIR:-${TMPDIR:-/tmp}/movierecs-cluster}"
silo_count="${MOVIERECS_SILOS:-2}"
http_port="${MOVIERECS_HTTP_PORT:-8080}"
configuration="${MOVIERECS_CONFIGURATION:-Release}"
build="${MOVIERECS_BUILD:-1}"
ready_timeout="${MOVIERECS_READY_TIMEOUT:-600}"

# Silo number i (from 1) takes silo port first_silo_port+i-1 for silo-to-silo traffic and gateway
# port first_gateway_port+i-1 for Orleans clients.
first_silo_port="${MOVIERECS_SILO_PORT:-11111}"
first_gateway_port="${MOVIERECS_SILO_GATEWAY_PORT:-30000}"

# .ci/services.sh reads these. The ports differ from CI's, so both can run at once.
export MOVIERECS_SERVICES_DIR="$state_dir/services"
export MOVIERECS_POSTGRES_PORT="${MOVIERECS_POSTGRES_PORT:-55433}"
export MOVIERECS_REDIS_PORT="${MOVIERECS_REDIS_PORT:-56380}"
export MOVIERECS_SERVICES_KEEP_DATA=1
# shellcheck source=../../.ci/services.sh
source "$repo_root/.ci/services.sh"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

pid_dir="$state_dir/pids"
log_dir="$state_dir/logs"
cluster_id="movierecs"

fail() {
    echo "cluster.sh: $*" >&2
    exit 1
}

check_settings() {
    [[ "$silo_count" =~ ^[2-9]$ ]] ||
        fail "MOVIERECS_SILOS is '$silo_count'; set it to a number of silos from 2 to 9."
    [[ "$http_port" =~ ^[1-9][0-9]*$ ]] && [ "$http_port" -le 65535 ] ||
        fail "MOVIERECS_HTTP_PORT is '$http_port'; set it to a TCP port from 1 to 65535."
    check_port_range MOVIERECS_SILO_PORT "$first_silo_port"
    check_port_range MOVIERECS_SILO_GATEWAY_PORT "$first_gateway_port"
    if [ "$first_silo_port" -le "$((first_gateway_port + silo_count - 1))" ] &&
        [ "$first_gateway_port" -le "$((first_silo_port + silo_count - 1))" ]; then
        fail "MOVIERECS_SILO_PORT ($first_silo_port) and MOVIERECS_SILO_GATEWAY_PORT ($first_gateway_port)" \
            "give overlapping ranges for $silo_count silos; move one of them at least $silo_count ports away."
    fi
    local range
    for range in "MOVIERECS_SILO_PORT $first_silo_port" "MOVIERECS_SILO_GATEWAY_PORT $first_gateway_port"; do
        set -- $range
        if [ "$http_port" -ge "$2" ] && [ "$http_port" -le "$(($2 + silo_count - 1))" ]; then
            fail "MOVIERECS_HTTP_PORT ($http_port) falls in the ports $1 ($2) gives the $silo_count silos;" \
                "choose another HTTP port."
        fi
    done
    [[ "$ready_timeout" =~ ^[0-9]+$ ]] && [ "$ready_timeout" -ge 1 ] ||
        fail "MOVIERECS_READY_TIMEOUT is '$ready_timeout'; set it to a whole number of seconds."
    if [ -n "${MOVIERECS_DATA:-}" ] && [ ! -f "$MOVIERECS_DATA/ratings.csv" ]; then
        fail "MOVIERECS_DATA is '$MOVIERECS_DATA', which has no ratings.csv; point it at an" \
            "unpacked ml-latest-small or unset it to use data/ml-latest-small."
    fi
}

# Fails unless VALUE is a port from 1 that leaves room for every silo below 65536.
check_port_range() {
    local name="$1" value="$2"
    # No leading zero, because shell arithmetic would read 022220 as an octal number.
    [[ "$value" =~ ^[1-9][0-9]*$ ]] && [ "$((value + silo_count - 1))" -le 65535 ] ||
        fail "$name is '$value'; set it to a TCP port from 1 to $((65536 - silo_count)), so that each of the" \
            "$silo_count silos gets a port."
}

# Prints the PID in pid_dir/NAME.pid when that process still runs the MovieRecs assembly it was
# started with, so a PID the system has since given to another program is never signalled.
running_pid() {
    local name="$1" pid
    [ -f "$pid_dir/$name.pid" ] || return 1
    pid="$(cat "$pid_dir/$name.pid")"
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    [ -r "/proc/$pid/cmdline" ] || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q "MovieRecs\.\(Silo\|Gateway\)\.dll" || return 1
    echo "$pid"
}

process_names() {
    local names=() name
    for file in "$pid_dir"/*.pid; do
        [ -e "$file" ] || continue
        name="$(basename "$file" .pid)"
        names+=("$name")
    done
    [ "${#names[@]}" -eq 0 ] || printf '%s\n' "${names[@]}"
}

assembly() {
    local project="$1"
    local path="$repo_root/src/$project/bin/$configuration/net10.0/$project.dll"
    [ -f "$path" ] || fail "$path is missing; run without MOVIERECS_BUILD=0 to build it."
    echo "$path"
}

# Starts `dotnet ASSEMBLY ARGS...` in DIRECTORY in the background as process NAME.
start_process() {
    local name="$1" directory="$2"
    shift 2
    local log="$log_dir/$name.log"
    (
        cd "$directory"
        DOTNET_ENVIRONMENT=Production ASPNETCORE_ENVIRONMENT=Production \
            Logging__LogLevel__Default=Warning Logging__LogLevel__MovieRecs=Information \
            nohup dotnet "$@" </dev/null >"$log" 2>&1 &
        echo $! >"$pid_dir/$name.pid"
    )
    echo "Started $name (pid $(cat "$pid_dir/$name.pid"), log $log)"
}

common_settings() {
    printf '%s\n' \
        "--MovieRecs:Clustering=redis" \
        "--MovieRecs:RedisConnectionString=$MOVIERECS_REDIS" \
        "--MovieRecs:ClusterId=$cluster_id" \
        "--MovieRecs:ServiceId=$cluster_id"
}

start_silo() {
    local index="$1" data_directory="$2"
    local settings=()
    mapfile -t settings < <(common_settings)
    settings+=(
        "--MovieRecs:RatingStore=postgresql"
        "--MovieRecs:PostgresConnectionString=$MOVIERECS_POSTGRES"
        "--MovieRecs:SiloPort=$((first_silo_port + index - 1))"
        "--MovieRecs:GatewayPort=$((first_gateway_port + index - 1))"
    )
    if [ -n "$data_directory" ]; then
        settings+=("--MovieRecs:DataDirectory=$data_directory")
    fi
    start_process "silo$index" "$repo_root" "$(assembly MovieRecs.Silo)" "${settings[@]}"
}

start_gateway() {
    local settings=()
    mapfile -t settings < <(common_settings)
    settings+=("--MovieRecs:Gateway:Mode=Client" "--urls=http://127.0.0.1:$http_port")
    # The gateway serves wwwroot and reads appsettings.json from its working directory.
    start_process gateway "$repo_root/src/MovieRecs.Gateway" "$(assembly MovieRecs.Gateway)" "${settings[@]}"
}

# Fails when a started process has exited, and shows the end of its log.
check_alive() {
    local name
    while read -r name; do
        if ! running_pid "$name" >/dev/null; then
            echo "cluster.sh: $name exited; the end of $log_dir/$name.log:" >&2
            tail -n 20 "$log_dir/$name.log" >&2 || true
            return 1
        fi
    done < <(process_names)
}

# Waits for the first silo to download the data set into data/ml-latest-small, then prints it.
wait_for_download() {
    local directory="$repo_root/data/ml-latest-small" waited=0
    while [ ! -f "$directory/ratings.csv" ] || [ ! -f "$directory/movies.csv" ]; do
        check_alive || return 1
        if [ "$waited" -ge 300 ]; then
            echo "cluster.sh: timed out after 300 s waiting for the download into $directory;" \
                "see $log_dir/silo1.log" >&2
            return 1
        fi
        sleep 1
        waited=$((waited + 1))
    done
    echo "$directory"
}

http_status() {
    curl -s -o /dev/null -w '%{http_code}' --max-time 10 "http://127.0.0.1:$http_port/health" || true
}

wait_for_health() {
    local started="$1" status
    while true; do
        status="$(http_status)"
        [ "$status" = 200 ] && return 0
        check_alive || return 1
        if [ $((SECONDS - started)) -ge "$ready_timeout" ]; then
            echo "cluster.sh: timed out after $ready_timeout s: /health still returns '$status';" \
                "see the logs in $log_dir" >&2
            return 1
        fi
        sleep 1
    done
}

start_cluster() {
    check_settings
    command -v curl >/dev/null || fail "curl is missing; install it (apt-get install curl)."
    if [ -n "$(process_names)" ]; then
        local name
        while read -r name; do
            running_pid "$name" >/dev/null &&
                fail "$name is already running; run '$0 stop' first."
        done < <(process_names)
        rm -f "$pid_dir"/*.pid
    fi
    mkdir -p "$pid_dir" "$log_dir"

    if [ "$build" != 0 ]; then
        echo "Building the silo and the gateway ($configuration)"
        # The gateway references the silo project, so this builds both.
        dotnet build "$repo_root/src/MovieRecs.Gateway" -c "$configuration" -v quiet -nologo \
            >"$log_dir/build.log" 2>&1 || { tail -n 30 "$log_dir/build.log" >&2; fail "the build failed."; }
    fi

    # assembly() fails inside the command substitutions that start the processes, which would stop
    # only that subshell, so both assemblies are checked here before any server starts.
    local project
    for project in MovieRecs.Silo MovieRecs.Gateway; do
        assembly "$project" >/dev/null || exit 1
    done

    local started=$SECONDS
    start_services

    local data_directory="${MOVIERECS_DATA:-}"
    if [ -z "$data_directory" ] && [ -f "$repo_root/data/ml-latest-small/ratings.csv" ]; then
        data_directory="$repo_root/data/ml-latest-small"
    fi

    if [ -n "$data_directory" ]; then
        data_directory="$(cd "$data_directory" && pwd)"
        for index in $(seq 1 "$silo_count"); do
            start_silo "$index" "$data_directory"
        done
    else
        # Only one silo downloads, so two never write the same folder at once.
        start_silo 1 ""
        data_directory="$(wait_for_download)" || { stop_cluster; exit 1; }
        for index in $(seq 2 "$silo_count"); do
            start_silo "$index" "$data_directory"
        done
    fi
    start_gateway

    echo "Waiting for http://127.0.0.1:$http_port/health to return 200 (at most $ready_timeout s)"
    wait_for_health "$started" || { stop_cluster; exit 1; }
    echo "Ready after $((SECONDS - started)) s: http://127.0.0.1:$http_port"
}

# Sends SIGTERM, then SIGKILL after 30 s, to the process in pid_dir/NAME.pid.
stop_process() {
    local name="$1" pid
    if ! pid="$(running_pid "$name")"; then
        rm -f "$pid_dir/$name.pid"
        return 0
    fi
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 300); do
        [ -d "/proc/$pid" ] || break
        sleep 0.1
    done
    if [ -d "/proc/$pid" ]; then
        echo "$name (pid $pid) did not stop within 30 s; sending SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$pid_dir/$name.pid"
    echo "Stopped $name (pid $pid)"
}

stop_cluster() {
    local name
    if [ -f "$pid_dir/gateway.pid" ]; then
        stop_process gateway
    fi
    # The silos stop one after the other, so each hands its grains to the ones still running.
    while read -r name; do
        stop_process "$name"
    done < <(process_names)
    stop_services
    echo "Stopped PostgreSQL and Redis; their data stays in $MOVIERECS_SERVICES_DIR"
}

status_cluster() {
    local name pid down=0
    if [ -z "$(process_names)" ]; then
        echo "No MovieRecs process was started from $state_dir"
        return 3
    fi
    while read -r name; do
        if pid="$(running_pid "$name")"; then
            echo "$name: running (pid $pid)"
        else
            echo "$name: not running (see $log_dir/$name.log)"
            down=1
        fi
    done < <(process_names)
    echo "GET http://127.0.0.1:$http_port/health: $(http_status)"
    [ "$down" = 0 ] || return 3
}

case "${1:-}" in
    start) start_cluster ;;
    stop) stop_cluster ;;
    status) status_cluster ;;
    *)
        echo "usage: $0 start|stop|status" >&2
        exit 64
        ;;
esac
