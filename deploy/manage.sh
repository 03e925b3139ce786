#!/bin/sh
# manage.py as the medtour user, with the services' environment file. As root:
#   /srv/medtour/app/deploy/manage.sh migrate --noinput
set -eu
exec runuser -u medtour -- sh -c '
    set -a && . /etc/medtour/medtour.env && set +a
    cd /srv/medtour/app && exec /srv/medtour/venv/bin/python manage.py "$@"
' manage.sh "$@"
