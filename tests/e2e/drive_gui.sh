#!/usr/bin/env bash
# Runs inside xvfb-run: starts the GUI, waits until its trace says the corpus is loaded, then
# plays the given xdotool actions, each followed by a wait for the trace to grow. Finally quits.
# usage: drive_gui.sh EXE TRACE VIEW "xdotool args" ["xdotool args" ...]
set -u
exe=$1 trace=$2 view=$3
shift 3
# A Turkish keyboard, as an Azerbaijani or Turkish analyst has: Ş, ş, ı and İ are real keys,
# so xdotool types them without remapping keycodes (which races with the client).
setxkbmap tr
"$exe" --size 1600x1000 --view "$view" &
pid=$!
wait_for() {  # wait_for PATTERN SECONDS
  for _ in $(seq 1 $(( $2 * 10 ))); do
    grep -q "$1" "$trace" 2>/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}
wait_for '"ingesting":false,"markers":[1-9][0-9]*,"passages":[1-9][0-9]*,"ready":true' 90 || { echo "drive_gui: the corpus never loaded" >&2; kill "$pid"; exit 2; }
sleep 1  # a frame or two for the markers to be drawn
for action in "$@"; do
  lines=$(wc -l < "$trace")
  # shellcheck disable=SC2086
  xdotool $action
  for _ in $(seq 1 50); do [ "$(wc -l < "$trace")" -gt "$lines" ] && break; sleep 0.1; done
  sleep 0.3
done
xdotool key ctrl+q
for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
kill "$pid" 2>/dev/null
wait "$pid"
