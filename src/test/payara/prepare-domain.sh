#!/usr/bin/env bash
# Test glue: turns the Payara Server unpacked under target/ into what an operator would have, by
# applying the same scripts of server-config/payara, then stops it for Arquillian to start.
# Usage: prepare-domain.sh PAYARA_HOME  (environment as server-config/payara/configure.sh reads it)
set -euo pipefail
export PAYARA_HOME=${1:?usage: prepare-domain.sh PAYARA_HOME}
here=$(cd "$(dirname "$0")/../../../server-config/payara" && pwd)
"$here/loopback-domain.sh" "$PAYARA_HOME"
"$PAYARA_HOME/bin/asadmin" start-domain >/dev/null
trap '"$PAYARA_HOME/bin/asadmin" stop-domain >/dev/null' EXIT
# A crash test that failed half-way (crash/PayaraServerDomain) may have left its application deployed.
if "$PAYARA_HOME/bin/asadmin" list-applications | grep -q '^portal-crash '; then
    "$PAYARA_HOME/bin/asadmin" undeploy portal-crash >/dev/null
fi
"$here/configure.sh"
"$here/configure.sh" >/dev/null   # twice: the script must be harmless when applied again
