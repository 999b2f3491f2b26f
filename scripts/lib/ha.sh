#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# A replica set on loopback, as docs/deployment.md describes for a ministry: etcd and three
# PostgreSQL nodes under Patroni (a primary, a synchronous standby and an asynchronous one),
# migrated. Used by scripts/ha and by the failover tests in scripts/test.
#
# Layout of $COWIN_HA_DIR:
#   etcd/                 etcd's data; etcd.log, etcd.pid
#   node1..3/             data/, run/ (the node's socket), patroni.yml, patroni.log, patroni.pid
#   secrets/              passwords of the cluster's own logins (0600, never printed)
#   tls/                  a CA of the replica set's own and each node's certificate (clients
#                         verify-full against tls/ca.crt, as the console's production profile)
#   archive/              WAL archived by every node (archive_mode always, one copy a segment)
#   backups/base-*/       base backups (scripts/ha backup); restore/ a point-in-time restore
#   dsn                   the host list a client uses (no password in it)
# Ports from $COWIN_HA_PORT (25450): etcd client +0, peer +1; PostgreSQL +2..+4; Patroni's REST
# API +12..+14. Below Linux's ephemeral range (32768 and up): a node that restarts must find its
# port free, not taken as the local end of some connection to etcd.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

COWIN_HA_DIR="${COWIN_HA_DIR:-/tmp/cowin-ha}"
COWIN_HA_PORT="${COWIN_HA_PORT:-25450}"
COWIN_HA_PACKAGES=(patroni etcd-server etcd-client openssl)
COWIN_HA_NODES=(node1 node2 node3)
COWIN_HA_PG_BIN="/usr/lib/postgresql/15/bin"

ha_pg_port() { echo $((COWIN_HA_PORT + 1 + ${1#node})); }
ha_rest_port() { echo $((COWIN_HA_PORT + 11 + ${1#node})); }
ha_etcd_url() { echo "http://127.0.0.1:$COWIN_HA_PORT"; }

# The connection string of the replica set for a client: every node, the primary chosen by
# libpq (target_session_attrs=read-write), as the console's production profile has it.
ha_dsn() {
  local hosts ports
  hosts="127.0.0.1,127.0.0.1,127.0.0.1"
  ports="$(ha_pg_port node1),$(ha_pg_port node2),$(ha_pg_port node3)"
  echo "host=$hosts port=$ports dbname=cowin target_session_attrs=read-write connect_timeout=3 sslmode=verify-full sslrootcert=$COWIN_HA_DIR/tls/ca.crt"
}

# A CA of the replica set's own and one certificate for 127.0.0.1 that every node serves:
# clients connect over TCP with TLS only, verified as in production.
ha_make_tls() {
  local tls="$COWIN_HA_DIR/tls"
  [ -s "$tls/server.crt" ] && return 0
  mkdir -p "$tls"
  (
    cd "$tls"
    openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=CoWIN replica set CA" \
      -keyout ca.key -out ca.crt 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" \
      -keyout server.key -out server.csr 2>/dev/null
    printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' > san.ext
    openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 30 \
      -extfile san.ext -out server.crt 2>/dev/null
    rm -f ca.key server.csr san.ext ca.srl
  )
  chmod 755 "$tls"
  chmod 600 "$tls/server.key"
  if [ "$(id -u)" -eq 0 ]; then chown "$COWIN_PG_USER" "$tls/server.key" "$tls/server.crt"; fi
}

# The DBA's string: each node's Unix socket, peer authentication as cowin_dba.
ha_dba_dsn() {
  local sockets="" ports="" n
  for n in "${COWIN_HA_NODES[@]}"; do
    sockets+="${sockets:+,}$COWIN_HA_DIR/$n/run"
    ports+="${ports:+,}$(ha_pg_port "$n")"
  done
  echo "host=$sockets port=$ports dbname=${1:-cowin} user=cowin_dba target_session_attrs=read-write"
}

ha_secret() {
  local file="$COWIN_HA_DIR/secrets/$1"
  if [ ! -s "$file" ]; then
    umask 077
    openssl rand -hex 24 > "$file"
  fi
  cat "$file"
}

ha_run_as() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u "$COWIN_PG_USER" -- "$@"; else "$@"; fi
}

# Runs a service in the background as the cluster's system user, with its pid in $1: the
# service's own pid (setpriv execs, runuser would fork), so a test can kill it as a machine
# dies. Output is appended to $2.
ha_spawn() {
  local pidfile="$1" log="$2"
  shift 2
  local as=()
  if [ "$(id -u)" -eq 0 ]; then
    # HOME is the replica set's folder: root's would hold client certificates (libpq looks in
    # ~/.postgresql) that the cluster's user may not read, and its TLS connections would fail.
    as=(env HOME="$COWIN_HA_DIR" setpriv --reuid="$COWIN_PG_USER" --regid="$(id -g "$COWIN_PG_USER")" --init-groups)
  fi
  setsid bash -c 'echo $$ > "$0"; exec "$@"' "$pidfile" "${as[@]}" "$@" >> "$log" 2>&1 < /dev/null &
  disown $! 2>/dev/null || true
  for _ in $(seq 1 50); do [ -s "$pidfile" ] && return 0; sleep 0.1; done
  echo "could not start $1" >&2
  return 1
}

ha_alive() { [ -s "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

ha_start_etcd() {
  local dir="$COWIN_HA_DIR/etcd"
  ha_alive "$dir/etcd.pid" && return 0
  mkdir -p "$dir/data"
  chmod 700 "$dir/data"
  # One member is enough on one machine: the test is of PostgreSQL's failover, not etcd's.
  # A ministry runs three or five members in three places (docs/deployment.md).
  if [ "$(id -u)" -eq 0 ]; then chown -R "$COWIN_PG_USER" "$dir"; fi
  ha_spawn "$dir/etcd.pid" "$dir/etcd.log" etcd --name cowin-ha --data-dir "$dir/data" \
    --listen-client-urls "$(ha_etcd_url)" --advertise-client-urls "$(ha_etcd_url)" \
    --listen-peer-urls "http://127.0.0.1:$((COWIN_HA_PORT + 1))" \
    --initial-advertise-peer-urls "http://127.0.0.1:$((COWIN_HA_PORT + 1))" \
    --initial-cluster "cowin-ha=http://127.0.0.1:$((COWIN_HA_PORT + 1))" \
    --logger zap --log-level warn
  for _ in $(seq 1 100); do
    ETCDCTL_API=3 etcdctl --endpoints "$(ha_etcd_url)" endpoint health >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  echo "etcd did not start; see $dir/etcd.log" >&2
  return 1
}

# Patroni's configuration of one node. The settings that matter for the console's promises:
# synchronous_mode (a commit is acknowledged only once the synchronous standby has it, and only
# that standby may be promoted), nosync on the third node (it is the far, asynchronous one),
# pg_rewind so an old primary rejoins as a standby, and a short ttl so a lost primary is
# replaced in seconds.
ha_write_patroni_config() {
  local node="$1" dir="$COWIN_HA_DIR/$1" nosync=false
  [ "$node" = node3 ] && nosync=true
  local superuser replicator rest archive="$COWIN_HA_DIR/archive"
  superuser="$(ha_secret superuser)"
  replicator="$(ha_secret replicator)"
  rest="$(ha_secret rest)"
  if [ -z "$superuser" ] || [ -z "$replicator" ] || [ -z "$rest" ]; then
    echo "could not make the replica set's passwords in $COWIN_HA_DIR/secrets" >&2
    return 1
  fi
  mkdir -p "$dir/run"
  (
    umask 077
    cat > "$dir/patroni.yml" <<EOF
scope: cowin
namespace: /cowin-ha/
name: $node
log:
  level: WARNING
restapi:
  listen: 127.0.0.1:$(ha_rest_port "$node")
  connect_address: 127.0.0.1:$(ha_rest_port "$node")
  authentication:
    username: patroni
    password: $rest
ctl:
  authentication:
    username: patroni
    password: $rest
etcd3:
  hosts: 127.0.0.1:$COWIN_HA_PORT
bootstrap:
  dcs:
    ttl: 10
    loop_wait: 1
    retry_timeout: 4
    maximum_lag_on_failover: 1048576
    synchronous_mode: true
    synchronous_node_count: 1
    postgresql:
      use_pg_rewind: true
      use_slots: true
      parameters:
        wal_level: replica
        hot_standby: 'on'
        wal_log_hints: 'on'
        max_wal_senders: 10
        max_replication_slots: 10
        wal_keep_size: 256MB
        hot_standby_feedback: 'on'
        max_connections: 100
        password_encryption: scram-sha-256
        shared_preload_libraries: auth_delay
        auth_delay.milliseconds: 200
        log_parameter_max_length: 0
        log_parameter_max_length_on_error: 0
        log_statement: none
        log_min_error_statement: panic
        log_min_duration_statement: -1
        log_connections: 'on'
        log_line_prefix: '%m [%p] %q%u@%d '
        logging_collector: 'on'
        log_directory: log
        log_filename: postgresql.log
        archive_mode: always
        archive_timeout: 60
  initdb:
    - encoding: UTF8
    - locale: C.UTF-8
    - data-checksums
    - auth-local: peer
    - auth-host: scram-sha-256
postgresql:
  listen: 127.0.0.1:$(ha_pg_port "$node")
  connect_address: 127.0.0.1:$(ha_pg_port "$node")
  use_unix_socket: true
  data_dir: $dir/data
  bin_dir: $COWIN_HA_PG_BIN
  pgpass: $dir/pgpass
  authentication:
    superuser:
      username: cowin_dba
      password: $superuser
    replication:
      username: cowin_replicator
      password: $replicator
  parameters:
    unix_socket_directories: $dir/run
    ssl: 'on'
    ssl_cert_file: $COWIN_HA_DIR/tls/server.crt
    ssl_key_file: $COWIN_HA_DIR/tls/server.key
    unix_socket_permissions: '0700'
    # Every node archives (archive_mode always), so a segment the primary had not archived
    # when it died is archived by a standby. The same segment from two nodes is the same
    # file: a second copy is compared, not written; each node writes through a name of its own.
    archive_command: 'if [ -f $archive/%f ]; then cmp -s %p $archive/%f; else cp %p $archive/%f.$node && mv $archive/%f.$node $archive/%f; fi'
  pg_hba:
    - local all cowin_dba peer map=dba
    - local replication cowin_dba peer map=dba
    - local all all scram-sha-256
    - host replication cowin_replicator 127.0.0.1/32 scram-sha-256
    - hostssl all all 127.0.0.1/32 scram-sha-256
  pg_ident:
    - dba $COWIN_PG_USER cowin_dba
    - dba root cowin_dba
watchdog:
  mode: 'off'
tags:
  nosync: $nosync
EOF
  )
}

# Starts (or restarts) one node's Patroni, as the cluster's system user.
ha_start_node() {
  local node="$1" dir="$COWIN_HA_DIR/$1"
  ha_alive "$dir/patroni.pid" && return 0
  [ -f "$dir/patroni.yml" ] || ha_write_patroni_config "$node"
  if [ "$(id -u)" -eq 0 ]; then chown -R "$COWIN_PG_USER" "$dir"; fi
  chmod 700 "$dir"
  ha_spawn "$dir/patroni.pid" "$dir/patroni.log" patroni "$dir/patroni.yml"
}

# What Patroni's REST API says of one node: its role and state, or nothing when it is down.
ha_node_state() {
  curl -s --max-time 2 "http://127.0.0.1:$(ha_rest_port "$1")/patroni" 2>/dev/null |
    python3 -c 'import json,sys; d=json.load(sys.stdin); print(d.get("role",""), d.get("state",""))' 2>/dev/null || true
}

ha_wait_for() {
  local what="$1" seconds="$2" check="$3"
  for _ in $(seq 1 $((seconds * 5))); do
    if eval "$check"; then return 0; fi
    sleep 0.2
  done
  echo "timed out after ${seconds} s waiting for $what" >&2
  return 1
}

ha_leader() {
  local n
  for n in "${COWIN_HA_NODES[@]}"; do
    case "$(ha_node_state "$n")" in "master running" | "primary running") echo "$n"; return 0 ;; esac
  done
  return 1
}

ha_all_streaming() {
  local n count=0
  for n in "${COWIN_HA_NODES[@]}"; do
    case "$(ha_node_state "$n")" in "replica running" | "replica streaming") count=$((count + 1)) ;; esac
  done
  [ "$count" -eq 2 ]
}

ha_start() {
  cowin_install_packages "${COWIN_HA_PACKAGES[@]}" curl
  cowin_ensure_pg_user
  mkdir -p "$COWIN_HA_DIR/secrets" "$COWIN_HA_DIR/archive" "$COWIN_HA_DIR/backups"
  chmod 755 "$COWIN_HA_DIR"
  chmod 700 "$COWIN_HA_DIR/secrets"
  if [ "$(id -u)" -eq 0 ]; then chown "$COWIN_PG_USER" "$COWIN_HA_DIR/archive" "$COWIN_HA_DIR/backups"; fi
  ha_make_tls
  ha_start_etcd
  local n
  if [ -f "$COWIN_HA_DIR/node1/data/PG_VERSION" ]; then
    # Made before: every node starts again and Patroni elects whichever may lead.
    for n in "${COWIN_HA_NODES[@]}"; do ha_start_node "$n"; done
    ha_wait_for "a primary" 90 'ha_leader >/dev/null'
  else
    # The first node bootstraps the cluster; the others are made from it by pg_basebackup.
    ha_start_node node1
    ha_wait_for "node1 to bootstrap as the primary" 90 '[ "$(ha_leader)" = node1 ]'
    ha_start_node node2
    ha_start_node node3
  fi
  ha_wait_for "both standbys to stream" 120 ha_all_streaming
  local dba
  dba="$(ha_dba_dsn postgres)"
  if ! psql "$dba" -Atqc "SELECT 1 FROM pg_database WHERE datname = 'cowin'" | grep -q 1; then
    psql "$dba" -qc "CREATE DATABASE cowin"
  fi
  "$COWIN_BUILD/app/cowin-admin" migrate --dsn "$(ha_dba_dsn)" >/dev/null
  ha_dsn > "$COWIN_HA_DIR/dsn"
  for n in "${COWIN_HA_NODES[@]}"; do printf '%s: %s\n' "$n" "$(ha_node_state "$n")"; done
}

ha_stop() {
  local n
  for n in "${COWIN_HA_NODES[@]}"; do
    local pidfile="$COWIN_HA_DIR/$n/patroni.pid"
    # TERM: Patroni stops its PostgreSQL (fast) and gives up the leader key before it exits.
    if ha_alive "$pidfile"; then kill -TERM "$(cat "$pidfile")" 2>/dev/null || true; fi
  done
  for n in "${COWIN_HA_NODES[@]}"; do
    local pidfile="$COWIN_HA_DIR/$n/patroni.pid"
    for _ in $(seq 1 150); do ha_alive "$pidfile" || break; sleep 0.2; done
    if [ -f "$COWIN_HA_DIR/$n/data/postmaster.pid" ]; then
      ha_run_as "$COWIN_HA_PG_BIN/pg_ctl" stop -D "$COWIN_HA_DIR/$n/data" -m immediate >/dev/null 2>&1 || true
    fi
  done
  ha_stop_restore
  if ha_alive "$COWIN_HA_DIR/etcd/etcd.pid"; then
    kill -TERM "$(cat "$COWIN_HA_DIR/etcd/etcd.pid")" 2>/dev/null || true
  fi
}

ha_status() {
  local n
  for n in "${COWIN_HA_NODES[@]}"; do
    printf '%s  postgres 127.0.0.1:%s  patroni 127.0.0.1:%s  %s\n' "$n" "$(ha_pg_port "$n")" \
      "$(ha_rest_port "$n")" "$(ha_node_state "$n" | sed 's/^$/down/')"
  done
}

# A node lost as a machine is lost: Patroni and its PostgreSQL killed at once, no clean
# shutdown, no leader key given back (it expires after the ttl).
ha_crash() {
  local dir="$COWIN_HA_DIR/$1" postmaster=""
  # A pid file outlives a killed server: its pid is this node's only while it is postgres.
  if [ -f "$dir/data/postmaster.pid" ]; then
    postmaster="$(head -1 "$dir/data/postmaster.pid")"
    [ "$(cat "/proc/$postmaster/comm" 2>/dev/null)" = postgres ] || postmaster=""
  fi
  if ha_alive "$dir/patroni.pid"; then kill -KILL "$(cat "$dir/patroni.pid")" 2>/dev/null || true; fi
  if [ -n "$postmaster" ]; then kill -KILL "$postmaster" 2>/dev/null || true; fi
  for _ in $(seq 1 100); do
    pg_isready -q -h 127.0.0.1 -p "$(ha_pg_port "$1")" -t 1 || break
    sleep 0.1
  done
  rm -f "$dir/patroni.pid"
}

# A planned move of the primary to another node (patronictl failover, as an operator would).
ha_failover() {
  patronictl -c "$COWIN_HA_DIR/node1/patroni.yml" failover --candidate "$1" --force cowin
}

# A base backup of the primary, streamed with its WAL (pg_basebackup), beside the WAL archive:
# the two a point-in-time restore needs. Prints the backup's folder.
ha_backup() {
  local leader target
  leader="$(ha_leader)" || { echo "no primary to back up" >&2; return 1; }
  target="$COWIN_HA_DIR/backups/base-$(date -u +%Y%m%dT%H%M%SZ)"
  ha_run_as "$COWIN_HA_PG_BIN/pg_basebackup" -h "$COWIN_HA_DIR/$leader/run" -p "$(ha_pg_port "$leader")" -U cowin_dba \
    -D "$target" -X stream -c fast --no-password >&2
  echo "$target"
}

# The newest base backup restored to a new server that replays the archive up to a time
# ("2026-12-02 05:40:00+00") and then opens for writes; it listens on its own socket only.
# Prints its connection string.
ha_restore() {
  local when="${1//\'/\'\'}" base="" dir="$COWIN_HA_DIR/restore" port=$((COWIN_HA_PORT + 20))
  local b
  for b in "$COWIN_HA_DIR"/backups/base-*; do [ -d "$b" ] && base="$b"; done # names sort by time
  [ -n "$base" ] || { echo "no base backup in $COWIN_HA_DIR/backups" >&2; return 1; }
  ha_stop_restore
  rm -rf "$dir"
  cp -a "$base" "$dir"
  mkdir -p "$dir/run"
  if [ "$(id -u)" -eq 0 ]; then chown -R "$COWIN_PG_USER" "$dir"; fi
  chmod 700 "$dir"
  # The backup carries the replica set's own settings (its port, its socket, the synchronous
  # standby it waited for); these override them for the restored server.
  cat >> "$dir/postgresql.auto.conf" <<EOF
port = $port
listen_addresses = ''
unix_socket_directories = '$dir/run'
hba_file = '$dir/pg_hba.conf'
ident_file = '$dir/pg_ident.conf'
synchronous_standby_names = ''
archive_mode = off
hot_standby = on
primary_conninfo = ''
primary_slot_name = ''
restore_command = 'cp $COWIN_HA_DIR/archive/%f %p'
recovery_target_time = '$when'
recovery_target_timeline = 'latest'
recovery_target_action = 'promote'
EOF
  touch "$dir/recovery.signal"
  rm -f "$dir/standby.signal" "$dir/postmaster.pid"
  ha_run_as "$COWIN_HA_PG_BIN/pg_ctl" start -D "$dir" -l "$COWIN_HA_DIR/backups/restore.log" -w -t 120 >/dev/null
  local dsn="host=$dir/run port=$port dbname=cowin user=cowin_dba"
  ha_wait_for "the restore to reach its target and open" 120 \
    '[ "$(psql "$dsn" -Atqc "SELECT pg_is_in_recovery()" 2>/dev/null)" = f ]'
  echo "$dsn"
}

ha_stop_restore() {
  if [ -f "$COWIN_HA_DIR/restore/postmaster.pid" ]; then
    ha_run_as "$COWIN_HA_PG_BIN/pg_ctl" stop -D "$COWIN_HA_DIR/restore" -m fast >/dev/null 2>&1 || true
  fi
}
