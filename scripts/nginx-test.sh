#!/usr/bin/env bash
# Serves out/ with deploy/nginx.conf on port $1 (default 4322), in the foreground, for the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-4322}
work=$(mktemp -d)
mime=/etc/nginx/mime.types
[ -f "$mime" ] || { echo "nginx-test: $mime not found. Install nginx (apt-get install -y nginx)." >&2; exit 1; }
[ -d out ] || { echo "nginx-test: out/ not found. Run \"npm run build\" first." >&2; exit 1; }
# Started as root, nginx runs its workers as "nobody", who cannot read a checkout inside a private folder (mktemp -d
# makes it 0700): run them as the owner of out/ instead. Not started as root, nginx ignores the directive.
user_line=""
[ "$(id -u)" = 0 ] && user_line="user $(stat -c '%U %G' out);"
sed -e "s|listen 8080;|listen 127.0.0.1:$port;|" -e "s|root /var/www/codeatlas/out;|root $PWD/out;|" deploy/nginx.conf >"$work/site.conf"
cat >"$work/nginx.conf" <<CONF
$user_line
worker_processes 1;
pid $work/nginx.pid;
error_log $work/error.log warn;
events { worker_connections 256; }
http {
    include $mime;
    default_type application/octet-stream;
    types { application/manifest+json webmanifest; }
    access_log off;
    client_body_temp_path $work/body;
    proxy_temp_path $work/proxy;
    fastcgi_temp_path $work/fastcgi;
    uwsgi_temp_path $work/uwsgi;
    scgi_temp_path $work/scgi;
    include $work/site.conf;
}
CONF
exec nginx -p "$work" -c "$work/nginx.conf" -g 'daemon off;'
