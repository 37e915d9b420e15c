# Sourced by scripts/perf-benchmark and scripts/perf-data-scale: a customer signed in through the
# portal's login form as a browser would be, and wrk's figures for one page. The caller sets
# base (http://127.0.0.1:<port>), bench (the output folder), connections and server (the pid of
# the Payara Micro under load).

# The jakarta.faces.ViewState of the page on standard input.
view_state() { grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }

# faces_login jar email password: signs in through /login, keeping the session in the cookie jar.
faces_login() {
    local login_page
    login_page=$(curl -fs -c "$1" -b "$1" "$base/login")
    curl -fs -o /dev/null -c "$1" -b "$1" --data-urlencode "login=login" \
        --data-urlencode "login:email=$2" --data-urlencode "login:password=$3" \
        --data-urlencode "login:submit=Log in" --data-urlencode "jakarta.faces.ViewState=$(view_state <<< "$login_page")" \
        "$base/login"
}

# cookie_header jar: the jar's cookies as one Cookie header's value (curl writes HttpOnly cookies,
# the session's, with a "#HttpOnly_" prefix on their line).
cookie_header() {
    awk 'NF >= 7 {sub(/^#HttpOnly_/, "", $1); if ($1 !~ /^#/) {printf "%s%s=%s", sep, $6, $7; sep="; "}}' "$1"
}

# run_wrk label path cookie seconds -> "rate p50 p99 errors cpu-ms-per-request": wrk (2 threads,
# $connections) on one page, with the cookie if not empty; its output kept in $bench/wrk-<label>-*.txt;
# the server's CPU per request from /proc/<pid>/stat (user + system), which the machine's other
# load bends much less than the rate.
run_wrk() {
    local args=(-t2 -c"$connections" -d"$4s" --latency)
    [ -n "$3" ] && args+=(-H "Cookie: $3")
    local out before after
    before=$(awk '{print $14 + $15}' "/proc/$server/stat")
    out=$(wrk "${args[@]}" "$base$2")
    after=$(awk '{print $14 + $15}' "/proc/$server/stat")
    printf '%s\n' "$out" > "$bench/wrk-$1-$(date +%s%N).txt"
    local rate p50 p99 errors cost
    rate=$(awk '/^Requests\/sec:/ {print $2}' <<< "$out")
    p50=$(awk '$1 == "50%" {print $2}' <<< "$out")
    p99=$(awk '$1 == "99%" {print $2}' <<< "$out")
    errors=$(awk '/Non-2xx or 3xx responses:/ {print $5}' <<< "$out")
    cost=$(awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" '/ requests in / {printf "%.3f", t / hz * 1000 / $1}' <<< "$out")
    echo "$rate $p50 $p99 ${errors:-0} $cost"
}
