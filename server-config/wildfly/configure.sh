#!/usr/bin/env bash
# Applies the portal's configuration to a STOPPED WildFly 39 (standalone.xml); safe to run again.
#   WILDFLY_HOME=/opt/wildfly server-config/wildfly/configure.sh                      (H2 file database)
#   WILDFLY_HOME=/opt/wildfly POSTGRESQL_JAR=/path/to/postgresql-42.7.8.jar server-config/wildfly/configure.sh
# Database settings and the 0xhost key are read from WildFly's environment at each start: see
# the comments in configure.cli and README.md.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
: "${WILDFLY_HOME:?set WILDFLY_HOME to the WildFly directory}"

"$WILDFLY_HOME/bin/jboss-cli.sh" --file="$here/configure.cli"
if [ -n "${POSTGRESQL_JAR:-}" ]; then
    "$WILDFLY_HOME/bin/jboss-cli.sh" -Dpostgresql.jar="$(realpath "$POSTGRESQL_JAR")" --file="$here/configure-postgresql.cli"
fi
