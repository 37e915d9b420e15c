#!/usr/bin/env bash
# Configures a RUNNING Payara Server 6 domain for the 0xhost portal. Safe to run again: every step
# replaces what an earlier run set. Restart the domain afterwards (a new JDBC driver library only
# loads at start), then deploy target/portal.war.
#
# Environment (only PAYARA_HOME is required):
#   PAYARA_HOME                 the unpacked server (the folder holding bin/asadmin)
#   ASADMIN_OPTS                extra asadmin options, e.g. "--port 4848 --passwordfile /path/admin.pw"
#   OXHOST_API_KEY              the 0xhost key: stored as the password alias oxhost.api-key, which
#                               Payara's MicroProfile Config reads; it passes through a private
#                               temporary file that is removed however the script ends. Unset:
#                               the portal uses its built-in sandbox.
#   OXHOST_BASE_URL             optional, defaults to https://0xhost.net/API
#   PORTAL_DB_URL               JDBC URL; default an H2 file under the domain's data/ folder
#   PORTAL_DB_DATASOURCE_CLASS  default org.h2.jdbcx.JdbcDataSource; PostgreSQL: org.postgresql.ds.PGSimpleDataSource
#   PORTAL_DB_USER              default portal
#   PORTAL_DB_PASSWORD          stored as the password alias portal.db.password
#   POSTGRESQL_JAR              the PostgreSQL JDBC driver jar, added as a server library
#   PAYARA_URI_GUARD_JAR        the URI guard's jar; default target/portal-payara-uri-guard.jar of
#                               this repository, which `mvn package` builds
set -euo pipefail
: "${PAYARA_HOME:?set PAYARA_HOME to the Payara Server folder}"
asadmin() { "$PAYARA_HOME/bin/asadmin" ${ASADMIN_OPTS:-} "$@"; }
domain_dir=$(cd "$PAYARA_HOME/glassfish/domains/${PAYARA_DOMAIN:-domain1}" && pwd)

config() {   # MicroProfile Config property at domain level
    asadmin set-config-property --source=domain --propertyName="$1" --propertyValue="$2" >/dev/null
    echo "config $1 set"
}

# Secrets reach asadmin through a file (it reads alias passwords from nowhere else). It lives in a
# private folder that the trap removes however the script ends, a failing asadmin included.
secrets_dir=$(umask 077 && mktemp -d)
trap 'rm -rf "$secrets_dir"' EXIT

secret() {   # a password alias
    local name=$1 value=$2 file="$secrets_dir/alias"
    (umask 077 && printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$value" > "$file")
    if asadmin list-password-aliases | grep -qx "$name"; then
        asadmin --passwordfile "$file" update-password-alias "$name" >/dev/null
    else
        asadmin --passwordfile "$file" create-password-alias "$name" >/dev/null
    fi
    rm -f "$file"
    echo "password alias $name set"
}

# WRITE_DELAY=0: each commit reaches the file at once, so a killed server loses none (docs/crash.md).
config portal.db.url "${PORTAL_DB_URL:-jdbc:h2:file:$domain_dir/data/portal;WRITE_DELAY=0}"
config portal.db.datasource-class "${PORTAL_DB_DATASOURCE_CLASS:-org.h2.jdbcx.JdbcDataSource}"
config portal.db.user "${PORTAL_DB_USER:-portal}"
if [ -n "${PORTAL_DB_PASSWORD:-}" ]; then
    secret portal.db.password "$PORTAL_DB_PASSWORD"
fi
if [ -n "${OXHOST_BASE_URL:-}" ]; then
    config oxhost.base-url "$OXHOST_BASE_URL"
fi
if [ -n "${OXHOST_API_KEY:-}" ]; then
    secret oxhost.api-key "$OXHOST_API_KEY"
fi
# A new domain serves HTTP with at most 5 threads: five customers waiting on a hanging 0xhost would
# hold every page. The portal lets 20 calls wait on 0xhost at once (its bulkhead), so the pool gets
# the 200 threads Payara Micro has (the crash test found it: its ten checkouts at once ran five by five).
asadmin set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=200 >/dev/null
echo "http-thread-pool: at most 200 threads"
# No server or version banner on any response (the Server and X-Powered-By headers), on both listeners.
for protocol in http-listener-1 http-listener-2; do
    asadmin set "configs.config.server-config.network-config.protocols.protocol.$protocol.http.server-header=false" >/dev/null
    asadmin set "configs.config.server-config.network-config.protocols.protocol.$protocol.http.xpowered-by=false" >/dev/null
done
echo "no Server or X-Powered-By header"
if [ -n "${POSTGRESQL_JAR:-}" ]; then
    if ! asadmin list-libraries --type common | grep -qx "$(basename "$POSTGRESQL_JAR")"; then
        asadmin add-library --type common "$POSTGRESQL_JAR" >/dev/null
    fi
    echo "library $(basename "$POSTGRESQL_JAR") present"
fi
# The URI guard (docs/security.md, "Malformed URLs"): Payara answers a broken percent-escape
# (/%zz) with an empty 200 and escapes of no text (/%c0%ae) with a bare 400, before the portal
# runs. Its jar goes onto the common class path (replaced on each run, so a new build takes
# effect at the restart); each listener's protocol becomes a port unification whose one finder
# routes every connection to the listener's HTTP protocol and puts the guard into its chain: a
# 400 with the portal's security headers instead. The price: no HTTP/2 on these listeners.
guard_jar=${PAYARA_URI_GUARD_JAR:-$(cd "$(dirname "$0")/../.." && pwd)/target/portal-payara-uri-guard.jar}
if [ ! -f "$guard_jar" ]; then
    echo "No URI guard jar at $guard_jar: build it with mvn package, or set PAYARA_URI_GUARD_JAR" >&2
    exit 1
fi
guard_lib=portal-payara-uri-guard.jar
if [ "$(basename "$guard_jar")" != "$guard_lib" ]; then
    cp "$guard_jar" "$secrets_dir/$guard_lib"
    guard_jar=$secrets_dir/$guard_lib
fi
if asadmin list-libraries --type common | grep -qx "$guard_lib"; then
    asadmin remove-library --type common "$guard_lib" >/dev/null
fi
asadmin add-library --type common "$guard_jar" >/dev/null
echo "library $guard_lib present"
for listener in http-listener-1 http-listener-2; do
    guarded=uri-guard-$listener
    if ! asadmin list-protocols | grep -qx "$guarded"; then
        asadmin create-protocol "$guarded" >/dev/null
    fi
    if ! asadmin list-protocol-finders "$guarded" | grep -qx uri-guard; then
        asadmin create-protocol-finder --protocol "$guarded" --targetprotocol "$listener" \
            --classname net.zeroxhost.payara.uriguard.UriGuardFinder uri-guard >/dev/null
    fi
    asadmin set "configs.config.server-config.network-config.network-listeners.network-listener.$listener.protocol=$guarded" >/dev/null
done
echo "URI guard on http-listener-1 and http-listener-2"
echo "Done. Restart the domain (asadmin restart-domain) before deploying the portal."
