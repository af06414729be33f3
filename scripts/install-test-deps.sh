#!/usr/bin/env bash
# Installs the Debian tools the tests use: smtp-sink/smtp-source and Postfix's master and
# daemons (package postfix, which also creates the postfix user and postdrop group), swaks
# (with Net::SSLeay for its --tls), systemd-analyze (package systemd), openssl and the
# PostgreSQL server binaries (package postgresql) for the PostgreSQL store's tests, and
# HAProxy (package haproxy) for the tests of several gateways behind a load balancer, and
# Chromium (package chromium) to render the HTML report the way a mail client would.
# The system's Postfix is never started: tests/postfix.py runs a master of its own, as root,
# in the foreground, with its main.cf, master.cf, queue and data directories in a temporary
# directory, listening on 127.0.0.1 ports the test picks. Nor is
# the system's PostgreSQL cluster (tests/pg.py runs a throwaway one of its own), nor the
# haproxy service (tests/haproxy.py runs haproxy in the foreground with its own config).
set -euo pipefail
need=()
if ! { command -v smtp-sink >/dev/null 2>&1 || [ -x /usr/sbin/smtp-sink ]; } \
   || [ ! -x /usr/lib/postfix/sbin/master ]; then
  need+=(postfix)
fi
command -v swaks >/dev/null 2>&1 || need+=(swaks)
# swaks needs Net::SSLeay for --tls (the TLS tests); Debian does not pull it in.
perl -MNet::SSLeay -e 1 >/dev/null 2>&1 || need+=(libnet-ssleay-perl)
# systemd-analyze verifies and rates systemd/bsm-gateway.service (tests/test_systemd.py);
# only the tool is used, systemd is not started. openssl makes the test certificates.
command -v systemd-analyze >/dev/null 2>&1 || need+=(systemd)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
# initdb/pg_ctl live under /usr/lib/postgresql/<version>/bin, not on PATH.
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || need+=(postgresql)
command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ] || need+=(haproxy)
# tests/test_report_render.py prints the report's HTML part to PDF with headless Chromium.
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "install-test-deps: missing ${need[*]}; run as root or: sudo apt-get install ${need[*]}" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
# Keep package scripts from starting the postfix daemon, PostgreSQL's "main" cluster
# (Debian creates it on install; with this guard it stays stopped) or the haproxy service.
policy=/usr/sbin/policy-rc.d
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' > "$policy" && chmod +x "$policy"
  trap 'rm -f "$policy"' EXIT  # also when an install step fails
fi
echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
exit 0
