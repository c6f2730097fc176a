#!/usr/bin/env bash
# Render claimtrack's HTML report in headless Chromium to PNG, at desktop and
# phone widths, and fail on any console message (a script error, a blocked
# load, a Content-Security-Policy violation: the page has no script and
# fetches nothing, so any message is a fault).
#
# Usage: tests/browser/check-html.sh [OUT_DIR]     (default: target/browser)
# Pages: the report of claims/ and of tests/fixtures/html/ (hostile text).
# Without Chromium it says so and exits 0; see docs/charts.md.
set -euo pipefail
cd "$(dirname "$0")/../.."

browser=""
for name in chromium chromium-browser google-chrome; do
    if command -v "$name" >/dev/null 2>&1; then
        browser=$(command -v "$name")
        break
    fi
done
if [ -z "$browser" ]; then
    echo "check-html: skipped: no Chromium found (Debian: apt-get install chromium)"
    exit 0
fi

out=${1:-target/browser}
mkdir -p "$out"
out=$(cd "$out" && pwd)
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

# render PAGE PNG WIDTH HEIGHT: screenshot PAGE, print its console lines.
render() {
    local page=$1 png=$2 width=$3 height=$4 log
    log=$(timeout 120 "$browser" --headless --no-sandbox --disable-gpu \
        --disable-quic --no-first-run --disable-background-networking \
        --disable-component-update --disable-sync \
        --user-data-dir="$profile" --hide-scrollbars \
        --enable-logging=stderr --v=0 \
        --window-size="$width,$height" --screenshot="$png" \
        "file://$page" 2>&1) || {
        echo "check-html: Chromium failed on $page:" >&2
        echo "$log" >&2
        return 2
    }
    if [ ! -s "$png" ]; then
        echo "check-html: no screenshot written for $page" >&2
        return 2
    fi
    grep -F ':CONSOLE' <<<"$log" || true
}

# A canary first: a page that logs must be caught, or the check proves nothing.
canary="$out/canary.html"
printf '<!DOCTYPE html><title>canary</title><script>console.error("canary")</script>\n' >"$canary"
if ! render "$canary" "$out/canary.png" 400 300 | grep -q canary; then
    echo "check-html: Chromium's console is not visible in its log; cannot check" >&2
    exit 2
fi

cargo build --quiet
bin=target/debug/claimtrack
failed=0
for case in "claims:claims" "hostile:tests/fixtures/html"; do
    name=${case%%:*}
    path=${case#*:}
    page="$out/$name.html"
    # Warnings are fine here; errors in the claims would fail the build.
    "$bin" report --format html -o "$page" "$path" 2>/dev/null
    # Headless Chromium will not make its window narrower than 500 px, so
    # the phone view is the page in a 390 px wide frame: media queries and
    # layout see a phone's width, and the frame's console is logged too.
    frame="$out/$name-phone-frame.html"
    printf '<!DOCTYPE html><title>phone</title><body style="margin:0"><iframe src="%s" style="border:0;width:390px;height:2400px"></iframe>\n' \
        "$name.html" >"$frame"
    for view in "desktop:$page:1280" "phone:$frame:500"; do
        label=${view%%:*}
        rest=${view#*:}
        png="$out/$name-$label.png"
        messages=$(render "${rest%:*}" "$png" "${rest##*:}" 2400)
        if [ -n "$messages" ]; then
            echo "check-html: FAILED $page ($label): console messages:" >&2
            echo "$messages" >&2
            failed=1
        else
            echo "check-html: ok $page ($label) -> $png"
        fi
    done
done
exit $failed
