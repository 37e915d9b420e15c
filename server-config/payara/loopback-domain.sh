#!/usr/bin/env bash
# Makes a Payara Server domain listen on 127.0.0.1 only, before its FIRST start (after that, the
# JMS broker and Hazelcast would already have bound every interface). For a server that sits behind
# a reverse proxy on the same host, and for the tests. Safe to run twice.
# Usage: loopback-domain.sh PAYARA_HOME [DOMAIN]   (DOMAIN defaults to domain1)
set -euo pipefail
home=${1:?usage: loopback-domain.sh PAYARA_HOME [DOMAIN]}
domain=${2:-domain1}
xml="$home/glassfish/domains/$domain/config/domain.xml"
[ -f "$xml" ] || { echo "no domain.xml at $xml" >&2; exit 1; }

server='/<config name="server-config">/,/<\/config>/'
sed -i \
    -e "$server"'s/<network-listener port=/<network-listener address="127.0.0.1" port=/' \
    -e "$server"'s/<iiop-listener \(.*\)address="0.0.0.0"/<iiop-listener \1address="127.0.0.1"/' \
    -e "$server"'s/<jmx-connector \(.*\)address="0.0.0.0"/<jmx-connector \1address="127.0.0.1"/' \
    -e "$server"'s/<hazelcast-config-specific-configuration>/<hazelcast-config-specific-configuration enabled="false">/' \
    -e 's/<hazelcast-runtime-configuration \(start-port\)/<hazelcast-runtime-configuration interface="127.0.0.1" \1/' \
    "$xml"
# A JMS service of its own, disabled: without one the config takes the default's, whose lazy broker
# proxy binds every interface on 7676.
if ! sed -n "$server"'p' "$xml" | grep -q '<jms-service'; then
    sed -i "$server"'s#<hazelcast-config-specific-configuration enabled="false"></hazelcast-config-specific-configuration>#&\n            <jms-service type="DISABLED"></jms-service>#' "$xml"
fi
# The edits above only match the untouched file, so a second run changes nothing; check the result.
if sed -n "$server"'p' "$xml" | grep -q 'address="0.0.0.0"'; then
    echo "domain.xml still binds 0.0.0.0 somewhere in server-config" >&2; exit 1
fi
echo "$domain now listens on 127.0.0.1 only"
